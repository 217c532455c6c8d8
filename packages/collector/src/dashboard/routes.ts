// /dashboard: a static page (no data in it) whose script asks for the admin token, keeps it in
// sessionStorage (or takes it from the #token=… fragment, which never reaches a server log), and
// reads the admin API with it. Charts with uPlot, served from the package's own dependency.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import type { CollectorConfig } from '../config.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const require = createRequire(import.meta.url);

/** Read once, on first use: the files are small and do not change while the service runs. */
function lazyFile(path: string): () => string {
  let text: string | null = null;
  return () => (text ??= readFileSync(path, 'utf8'));
}

const assets: Record<string, { type: string; read: () => string }> = {
  'dashboard.js': { type: 'text/javascript; charset=utf-8', read: lazyFile(`${here}../../dashboard/dashboard.js`) },
  'dashboard.css': { type: 'text/css; charset=utf-8', read: lazyFile(`${here}../../dashboard/dashboard.css`) },
  'uplot.js': {
    type: 'text/javascript; charset=utf-8',
    read: lazyFile(require.resolve('uplot/dist/uPlot.iife.min.js')),
  },
  'uplot.css': { type: 'text/css; charset=utf-8', read: lazyFile(require.resolve('uplot/dist/uPlot.min.css')) },
};
const page = lazyFile(`${here}../../dashboard/index.html`);

export function dashboardRoutes(config: CollectorConfig) {
  const routes = new Hono();
  routes.use('*', async (c, next) => {
    if (!config.adminToken) return c.text('The dashboard is disabled: no ADMIN_TOKEN is configured.', 404);
    c.header(
      'Content-Security-Policy',
      "default-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
    );
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    await next();
  });
  routes.get('/', (c) => c.html(page()));
  routes.get('/assets/:name', (c) => {
    const asset = assets[c.req.param('name')];
    if (!asset) return c.text('not found', 404);
    c.header('Content-Type', asset.type);
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(asset.read());
  });
  return routes;
}
