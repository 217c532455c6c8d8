// The server's body reader on Node's request stream: stops at the limit without reading on.
import { PassThrough } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { readIncomingBody } from '../src/http/read-body.js';

function fakeRequest(headers: Record<string, string> = {}) {
  const stream = new PassThrough() as PassThrough & { headers: Record<string, string> };
  stream.headers = headers;
  return stream;
}

describe('readIncomingBody', () => {
  it('reads a body within the limit', async () => {
    const request = fakeRequest();
    const result = readIncomingBody(request as unknown as IncomingMessage, 10);
    request.end('{"a":"é"}');
    expect(await result).toEqual({ ok: true, text: '{"a":"é"}' });
  });

  it('refuses a declared length over the limit without reading', async () => {
    const request = fakeRequest({ 'content-length': '5000' });
    expect(await readIncomingBody(request as unknown as IncomingMessage, 4096)).toEqual({
      ok: false,
      reason: 'too-large',
    });
  });

  it('stops, paused, once an undeclared body passes the limit', async () => {
    const request = fakeRequest();
    const result = readIncomingBody(request as unknown as IncomingMessage, 4096);
    let written = 0;
    for (let i = 0; i < 3; i++) {
      request.write(Buffer.alloc(2048, 0x20));
      written += 2048;
    }
    expect(await result).toEqual({ ok: false, reason: 'too-large' });
    expect(request.isPaused()).toBe(true);
    expect(request.listenerCount('data')).toBe(0);
    expect(written).toBe(6144);
  });

  it('refuses bytes that are not UTF-8', async () => {
    const request = fakeRequest();
    const result = readIncomingBody(request as unknown as IncomingMessage, 100);
    request.end(Buffer.from([0xff, 0xfe, 0x00]));
    expect(await result).toEqual({ ok: false, reason: 'unreadable' });
  });
});
