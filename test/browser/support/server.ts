// A static + in-memory page server on 127.0.0.1 for browser tests: serves the built SDK from
// /dist/, stand-in tags from /tag/NAME.js (they record that they ran), and pages the tests
// register with their own headers (e.g. a strict CSP).
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const DIST = join(ROOT, 'packages/sdk/dist');
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface Route {
  body: string | Buffer;
  type?: string;
  headers?: Record<string, string>;
}

export interface TestServer {
  origin: string;
  /** Registers a page (or any resource) at a path; returns its full URL. */
  route(path: string, route: Route | string): string;
  /** Requests seen, in order (path only). */
  requests: string[];
  close(): Promise<void>;
}

/** A stand-in third-party tag: records its name, in execution order, on window.__ran. */
export const tagSource = (name: string) =>
  `(window.__ran = window.__ran || []).push(${JSON.stringify(name)}); document.cookie = ${JSON.stringify(`tag_${name}=1; path=/`)};`;

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Route>();
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url || '/', 'http://x');
    requests.push(url.pathname);
    const route = routes.get(url.pathname);
    if (route) {
      res.writeHead(200, {
        'content-type': route.type || 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...route.headers,
      });
      return res.end(route.body);
    }
    const tag = /^\/tag\/([\w-]+)\.js$/.exec(url.pathname);
    if (tag) {
      const delay = Number(url.searchParams.get('delay') || 0);
      if (delay) await new Promise((r) => setTimeout(r, delay));
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
      return res.end(tagSource(tag[1]));
    }
    if (url.pathname.startsWith('/dist/')) {
      const file = normalize(join(DIST, url.pathname.slice(6)));
      if (file.startsWith(DIST)) {
        try {
          const body = await readFile(file);
          res.writeHead(200, {
            'content-type': TYPES[extname(file)] || 'application/octet-stream',
            'cache-control': 'no-store',
          });
          return res.end(body);
        } catch {
          /* fall through to 404 */
        }
      }
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204); // no favicon: keep the browser's 404 out of the console-error checks
      return res.end();
    }
    if (url.pathname === '/frame.html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end('<!doctype html><title>frame</title><p>frame</p>');
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    route(path, route) {
      routes.set(path, typeof route === 'string' ? { body: route } : route);
      return origin + path;
    },
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
