// Crash safety: a burst of writes, kill -9 in the middle of it, restart on the same data. Every
// record the collector acknowledged (2xx) must be there; a write that got no answer may or may not.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS, freshPostgresDatabase, validRecord } from './databases.js';
import { buildCollector, startCollectorProcess, stopProcess, type CollectorProcess } from './server-process.js';

const TOKEN = 'crash-test-token';

beforeAll(() => buildCollector(), 120_000);

describe.each(DATABASE_KINDS)('crash safety on %s', (kind) => {
  let env: Record<string, string>;
  let dataDir: string | null = null;
  const running: CollectorProcess[] = [];

  beforeAll(async () => {
    if (kind === 'postgres') env = { DATABASE_URL: await freshPostgresDatabase(), ADMIN_TOKEN: TOKEN };
    else {
      dataDir = mkdtempSync(join(tmpdir(), 'collector-crash-'));
      env = { DATA_DIR: dataDir, ADMIN_TOKEN: TOKEN, DATABASE_URL: '' };
    }
  });
  afterAll(async () => {
    for (const p of running) await stopProcess(p.child, 'SIGKILL');
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged record after kill -9 during a burst', async () => {
    const first = await startCollectorProcess(env);
    running.push(first);
    const acknowledged = new Set<string>();
    let sent = 0;
    let killed = false;
    const writer = async (w: number) => {
      for (let i = 0; !killed; i++) {
        const id = `c${w.toString(36)}x${i.toString(36).padStart(6, '0')}`;
        sent++;
        try {
          const response = await fetch(first.url + '/v1/records', {
            method: 'POST',
            body: JSON.stringify(validRecord({ id })),
          });
          if (response.status === 201 || response.status === 200) acknowledged.add(id);
        } catch {
          return; // the process is gone
        }
      }
    };
    const writers = Array.from({ length: 16 }, (_, w) => writer(w));
    // Kill once a good number of writes went through, in the middle of the stream.
    const started = Date.now();
    while (acknowledged.size < 300 && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 20));
    first.child.kill('SIGKILL');
    killed = true;
    await Promise.all(writers);
    expect(acknowledged.size).toBeGreaterThanOrEqual(300);

    const second = await startCollectorProcess(env);
    running.push(second);
    const exported = await fetch(second.url + '/v1/export?format=jsonl', {
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(exported.status).toBe(200);
    const stored = new Set(
      (await exported.text())
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line).id as string),
    );
    const lost = [...acknowledged].filter((id) => !stored.has(id));
    expect(lost).toEqual([]);
    expect(stored.size).toBeLessThanOrEqual(sent);
    // Still takes writes after the crash.
    const after = await fetch(second.url + '/v1/records', {
      method: 'POST',
      body: JSON.stringify(validRecord({ id: 'afterrestart' })),
    });
    expect(after.status).toBe(201);
    await stopProcess(second.child);
    // A fresh embedded data folder starts with initdb in WASM: up to a minute or more on a busy machine.
  }, 400_000);
});
