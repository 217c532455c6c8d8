// The demo: five marketing sites, one per policy config in ./policies, plus the SPA example.
//
//   node packages/demo/server.mjs          (PORT=4173 by default; binds 127.0.0.1)
//   DEMO_CSP=off node packages/demo/server.mjs   to drop the Content-Security-Policy header
//
// Routes
//   /                              menu (public/index.html)
//   /<policy>/ , /<policy>/about.html  a site page, rendered per request from lib/render.mjs with
//                                  policies/<policy>.json inlined as the config (edit the JSON,
//                                  reload the page). The `demo_region` cookie (set from the
//                                  inspector) is passed as the config's `region`, the way a real
//                                  server would pass its geo-IP header.
//   /privacy/<policy>.html         the policy text (policies/text/<policy>.txt)
//   /policies/<policy>.json        the raw config
//   /sdk/*                         packages/sdk/dist/* (build the SDK first)
//   /spa/*, /react/*               public/spa/*, public/react/* (the preact SPA, the React app);
//                                  extension-less paths fall back to their index.html
//   /v1/*, /dashboard*             with a collector (COLLECTOR_URL, set by scripts/demo.sh): passed
//                                  through to it, so the sites send their consent records to their
//                                  own origin (`integrations.records` is added to each config);
//                                  /demo-dashboard opens its dashboard with COLLECTOR_ADMIN_TOKEN
//   anything else                  a file in public/
// Every HTML response carries `Content-Security-Policy: script-src 'self'`: nothing inline runs.
import { readFile, stat } from 'node:fs/promises';
import { createServer, request as httpRequest } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPrivacyPage, renderSitePage } from './lib/render.mjs';
import { siteById } from './lib/sites.mjs';

const HERE = resolve(fileURLToPath(new URL('.', import.meta.url)));
const PUBLIC = join(HERE, 'public');
const POLICIES = join(HERE, 'policies');
const SDK_DIST = resolve(HERE, '../sdk/dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

function cookies(req) {
  const out = {};
  for (const part of (req.headers.cookie || '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

/** A file under `root`, or null (no traversal out of it, no directories). */
async function fileUnder(root, relative) {
  const file = normalize(join(root, relative));
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return fileUnder(root, join(relative, 'index.html'));
    return file;
  } catch {
    return null;
  }
}

async function loadConfig(id, req, collectorUrl) {
  const config = JSON.parse(await readFile(join(POLICIES, `${id}.json`), 'utf8'));
  // With a collector, every site records its visitors' choices on its own origin (proxied below),
  // and the collector's answer re-sets the choice cookie (Safari's 7-day cap on script cookies).
  if (collectorUrl)
    config.integrations = { ...config.integrations, records: { endpoint: '/v1/records', cookieRefresh: true } };
  const region = cookies(req).demo_region;
  if (config.regions && region && /^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$/.test(region))
    config.region = region.toUpperCase();
  return config;
}

/** Passes a request through to the collector, streaming both ways; the client address goes along
 *  as X-Forwarded-For (the collector trusts it with TRUST_PROXY=1). */
function proxy(req, res, target) {
  const url = new URL(req.url || '/', target);
  // Host stays the site's, as a reverse proxy keeps it: the collector sees a same-origin request.
  const headers = { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress || '' };
  const upstream = httpRequest(url, { method: req.method, headers }, (answer) => {
    res.writeHead(answer.statusCode || 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
    res.end('collector unavailable');
  });
  req.pipe(upstream);
}

/** send, sendFile and notFound; HTML answers carry the CSP unless it is switched off. */
function responders(csp) {
  const send = (res, status, body, type, extra = {}) => {
    const headers = {
      'content-type': type,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...extra,
    };
    if (csp && type.startsWith('text/html')) headers['content-security-policy'] = CSP;
    res.writeHead(status, headers);
    res.end(body);
  };
  const sendFile = async (res, file) =>
    send(res, 200, await readFile(file), TYPES[extname(file)] || 'application/octet-stream');
  const notFound = (res) =>
    send(
      res,
      404,
      '<!doctype html><title>Not found</title><p>Not found. <a href="/">All demos</a>',
      'text/html; charset=utf-8',
    );
  return { send, sendFile, notFound };
}

// Each route answers and returns true, or returns false for the next one to try. `request` is
// { req, res, path, send, sendFile, notFound, collectorUrl, collectorToken }.

/** With a collector: the API and its dashboard, passed through; /demo-dashboard signs in to it. */
function collectorRoute({ req, res, path, send, collectorUrl, collectorToken }) {
  if (!collectorUrl) return false;
  if (path.startsWith('/v1/') || path === '/dashboard' || path.startsWith('/dashboard/')) {
    proxy(req, res, collectorUrl);
    return true;
  }
  if (path !== '/demo-dashboard') return false;
  send(res, 302, '', 'text/plain', { location: `/dashboard#token=${encodeURIComponent(collectorToken)}` });
  return true;
}

/** Past the collector, the demo only serves files and pages: GET and HEAD. */
function readOnlyRoute({ req, res, send }) {
  if (req.method === 'GET' || req.method === 'HEAD') return false;
  send(res, 405, 'method not allowed', 'text/plain');
  return true;
}

async function sdkRoute({ res, path, send, sendFile }) {
  if (!path.startsWith('/sdk/')) return false;
  const file = await fileUnder(SDK_DIST, path.slice(5));
  if (file) await sendFile(res, file);
  else send(res, 404, `not built: ${path} (run the SDK build first)`, 'text/plain');
  return true;
}

async function sitePageRoute({ req, res, path, send, collectorUrl }) {
  const site = /^\/([a-z0-9-]+)(\/(index\.html|about\.html)?)?$/.exec(path);
  if (!site || !siteById(site[1])) return false;
  if (!site[2]) {
    send(res, 301, '', 'text/plain', { location: `/${site[1]}/` });
    return true;
  }
  const page = site[3] === 'about.html' ? 'about' : 'home';
  const config = await loadConfig(site[1], req, collectorUrl);
  send(res, 200, renderSitePage(siteById(site[1]), page, config), TYPES['.html']);
  return true;
}

async function privacyPageRoute({ req, res, path, send, collectorUrl }) {
  const privacy = /^\/privacy\/([a-z0-9-]+)\.html$/.exec(path);
  if (!privacy || !siteById(privacy[1])) return false;
  const text = await readFile(join(POLICIES, 'text', `${privacy[1]}.txt`), 'utf8');
  const config = await loadConfig(privacy[1], req, collectorUrl);
  send(res, 200, renderPrivacyPage(siteById(privacy[1]), text, config), TYPES['.html']);
  return true;
}

async function policyRoute({ res, path, sendFile }) {
  const policy = /^\/policies\/([a-z0-9-]+)\.json$/.exec(path);
  if (!policy || !siteById(policy[1])) return false;
  await sendFile(res, join(POLICIES, `${policy[1]}.json`));
  return true;
}

/** The SPA and the React app: their files, else their index.html for a client-side route. */
async function appRoute({ res, path, send, sendFile, notFound }) {
  const app = /^\/(spa|react)(\/|$)/.exec(path);
  if (!app) return false;
  if (!app[2]) {
    send(res, 301, '', 'text/plain', { location: `/${app[1]}/` });
    return true;
  }
  const file = await fileUnder(PUBLIC, path);
  if (file) await sendFile(res, file);
  else if (!extname(path)) await sendFile(res, join(PUBLIC, `${app[1]}/index.html`));
  else notFound(res);
  return true;
}

async function publicFileRoute({ res, path, send, sendFile, notFound }) {
  // The browser asks for /favicon.ico on pages without a <link rel=icon> (the raw JSON
  // configs): an empty answer keeps a 404 out of the console.
  if (path === '/favicon.ico') {
    send(res, 204, '', 'image/x-icon');
    return true;
  }
  const file = await fileUnder(PUBLIC, path);
  if (file) await sendFile(res, file);
  else notFound(res);
  return true;
}

const ROUTES = [
  collectorRoute,
  readOnlyRoute,
  sdkRoute,
  sitePageRoute,
  privacyPageRoute,
  policyRoute,
  appRoute,
  publicFileRoute,
];

export function createDemoServer({
  csp = process.env.DEMO_CSP !== 'off',
  collectorUrl = process.env.COLLECTOR_URL || '',
  collectorToken = process.env.COLLECTOR_ADMIN_TOKEN || '',
} = {}) {
  const respond = responders(csp);
  return createServer(async (req, res) => {
    try {
      const url = new URL(req.url || '/', 'http://localhost');
      let path;
      try {
        path = decodeURIComponent(url.pathname);
      } catch {
        return respond.notFound(res);
      }
      const request = { req, res, path, ...respond, collectorUrl, collectorToken };
      for (const route of ROUTES) if (await route(request)) return;
    } catch (error) {
      console.error(error);
      respond.send(res, 500, 'internal error', 'text/plain');
    }
  });
}

/** Starts the demo on 127.0.0.1; resolves with its origin. */
export function startDemoServer(port = Number(process.env.PORT || 4173), options = {}) {
  const server = createDemoServer(options);
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok({ server, origin: `http://127.0.0.1:${server.address().port}` }));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { origin } = await startDemoServer();
  console.log(`privacy-choices demo: ${origin}/`);
}
