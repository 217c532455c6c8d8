// The HTTP API (README "Consent records"): records in, history and proof out, admin exports,
// metrics, retention and the dashboard. Every bad request is a 4xx naming the field; nothing is
// stored unless the whole record is valid.
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Kysely } from 'kysely';
import type { CollectorConfig } from '../config.js';
import type { Database } from '../database/schema.js';
import { exportLines, type ExportFormat } from '../records/export.js';
import { yearMetrics } from '../records/metrics.js';
import { describeIssue, recordSchema } from '../records/record-schema.js';
import { applyRetention } from '../records/retention.js';
import { createInsertBatcher } from '../records/insert-batcher.js';
import { historyOf, recentRecords, toRow } from '../records/store.js';
import { dashboardRoutes } from '../dashboard/routes.js';
import { isAdmin } from './admin-auth.js';
import { truncateIp, userAgentFamily } from './client-info.js';
import { refreshedCookie, refreshRequest } from './cookie-refresh.js';
import { checkOrigin } from './origins.js';
import { createRateLimiter } from './rate-limit.js';
import { readIncomingBody, readLimitedBody } from './read-body.js';
import type { IncomingMessage } from 'node:http';

export const MAX_BODY_BYTES = 4096;

export interface AppOptions {
  db: Kysely<Database>;
  config: CollectorConfig;
  now?: () => number;
  /** Batched writes in flight at once: 1 for PGlite (one connection), a few for a PostgreSQL pool. */
  writeConcurrency?: number;
}

type Json = Record<string, unknown>;
const fail = (c: Context, status: 400 | 401 | 403 | 404 | 413 | 429 | 503, error: string, field?: string) =>
  c.json({ error, ...(field ? { field } : {}) } as Json, status);

type RateLimiter = ReturnType<typeof createRateLimiter>;
type Batcher = ReturnType<typeof createInsertBatcher>;

/** The visitor's address: the first X-Forwarded-For hop behind a trusted proxy, else the socket's. */
function clientAddress(config: CollectorConfig, c: Context): string | null {
  if (config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for');
    if (forwarded) return forwarded.split(',')[0]!.trim();
  }
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null; // not served by @hono/node-server (app.request in tests)
  }
}
const isHttps = (config: CollectorConfig, c: Context) =>
  (config.trustProxy && c.req.header('x-forwarded-proto') === 'https') || new URL(c.req.url).protocol === 'https:';
const ownOrigin = (config: CollectorConfig, c: Context) =>
  `${isHttps(config, c) ? 'https' : 'http'}://${c.req.header('host') ?? new URL(c.req.url).host}`;

/** Rate limit and CORS for everything under /v1 (admin included: it also slows token guessing). */
function v1Guard(config: CollectorConfig, limiter: RateLimiter): MiddlewareHandler {
  return async (c, next) => {
    const origin = checkOrigin(c.req.header('origin') ?? null, ownOrigin(config, c), config.allowedOrigins);
    if (!origin.allowed) return fail(c, 403, 'origin not allowed', 'Origin');
    if (origin.header) {
      c.header('Access-Control-Allow-Origin', origin.header);
      if (origin.header !== '*') c.header('Access-Control-Allow-Credentials', 'true');
    }
    c.header('Vary', 'Origin');
    if (c.req.method === 'OPTIONS') {
      c.header('Access-Control-Allow-Methods', 'GET, POST');
      c.header('Access-Control-Allow-Headers', 'Content-Type, Authorization');
      c.header('Access-Control-Max-Age', '86400');
      return c.body(null, 204);
    }
    const taken = limiter.take(clientAddress(config, c) ?? 'unknown');
    if (taken !== true) {
      c.header('Retry-After', String(taken));
      return fail(c, 429, 'too many requests');
    }
    await next();
  };
}

/** The request body as a JSON object (at most MAX_BODY_BYTES), or the 400 answer saying why not. */
async function readJsonObject(c: Context): Promise<{ json: object } | { answer: Response }> {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  const body = incoming
    ? await readIncomingBody(incoming, MAX_BODY_BYTES)
    : await readLimitedBody(c.req.raw, MAX_BODY_BYTES);
  if (!body.ok) {
    const why = body.reason === 'too-large' ? `body over ${MAX_BODY_BYTES} bytes` : 'body is not UTF-8 text';
    return { answer: fail(c, 400, why, 'body') };
  }
  let json: unknown;
  try {
    json = JSON.parse(body.text);
  } catch {
    return { answer: fail(c, 400, 'body is not JSON', 'body') };
  }
  if (!json || typeof json !== 'object' || Array.isArray(json))
    return { answer: fail(c, 400, 'body must be a JSON object', 'body') };
  return { json };
}

/** POST /v1/records: validate, store (batched), and re-set the choice cookie when asked to. */
function postRecord(config: CollectorConfig, now: () => number, batcher: Batcher) {
  const schema = recordSchema(now);
  return async (c: Context) => {
    const read = await readJsonObject(c);
    if ('answer' in read) return read.answer;
    const parsed = schema.safeParse(read.json);
    if (!parsed.success) {
      const { field, message } = describeIssue(parsed.error);
      return fail(c, 400, message, field);
    }
    const record = parsed.data;
    const created = await batcher.insert(
      toRow(record, {
        receivedAt: new Date(now()),
        ipPrefix: truncateIp(clientAddress(config, c)),
        userAgentFamily: userAgentFamily(c.req.header('user-agent')),
      }),
    );
    const refresh = refreshRequest((key) => c.req.query(key));
    if (refresh) {
      const cookie = refreshedCookie(c.req.header('cookie'), refresh, record, isHttps(config, c));
      if (cookie) c.header('Set-Cookie', cookie);
    }
    return c.json({ ok: true, id: record.id, decidedAt: record.decidedAt, duplicate: !created }, created ? 201 : 200);
  };
}

// The history of one consent id, for the visitor or the business to prove a choice. The
// address prefix and browser family stay in the admin export.
function getHistory(db: Kysely<Database>) {
  return async (c: Context) => {
    const id = c.req.param('id');
    if (!id || !/^[0-9a-z]{4,16}$/.test(id)) return fail(c, 400, 'a consent id of 4-16 characters [0-9a-z]', 'id');
    const records = (await historyOf(db, id)).map(({ ipPrefix: _ip, userAgentFamily: _ua, ...rest }) => rest);
    return c.json({ id, records });
  };
}

/** Admin: 401 without the right token, and with none configured (disabled). */
function requireAdmin(config: CollectorConfig): MiddlewareHandler {
  return async (c, next) => {
    if (!config.adminToken) return fail(c, 401, 'admin endpoints are disabled: no ADMIN_TOKEN is configured');
    if (!isAdmin(c.req.header('authorization'), config.adminToken)) {
      c.header('WWW-Authenticate', 'Bearer');
      return fail(c, 401, 'missing or wrong bearer token', 'Authorization');
    }
    await next();
  };
}

/** Export lines as a stream pulled one page at a time: the database is read only as fast as the client downloads. */
function pulledStream(lines: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await lines.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
}

function getExport(db: Kysely<Database>, now: () => number) {
  return (c: Context) => {
    const format = (c.req.query('format') ?? 'jsonl') as ExportFormat;
    if (format !== 'csv' && format !== 'jsonl') return fail(c, 400, 'csv or jsonl', 'format');
    const from = parseDate(c.req.query('from'), new Date(0));
    const to = parseDate(c.req.query('to'), new Date(now() + 1000));
    if (!from) return fail(c, 400, 'a date such as 2026-01-31 or an ISO time', 'from');
    if (!to) return fail(c, 400, 'a date such as 2026-01-31 or an ISO time', 'to');
    const stream = pulledStream(exportLines(db, from, to, format));
    c.header('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson');
    c.header('Content-Disposition', `attachment; filename="consent-records.${format}"`);
    return c.body(stream);
  };
}

/** The admin API: export, metrics for a year, the latest records, a retention run. */
function adminRoutes(app: Hono, { db, config, now }: Required<Pick<AppOptions, 'db' | 'config' | 'now'>>) {
  const admin = requireAdmin(config);
  app.get('/v1/export', admin, getExport(db, now));
  app.get('/v1/metrics', admin, async (c) => {
    const raw = c.req.query('year') ?? String(new Date(now()).getUTCFullYear());
    if (!/^\d{4}$/.test(raw)) return fail(c, 400, 'a year such as 2026', 'year');
    return c.json(await yearMetrics(db, Number(raw)));
  });
  app.get('/v1/recent', admin, async (c) => {
    const limit = Number(c.req.query('limit') ?? 50);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500)
      return fail(c, 400, 'a whole number from 1 to 500', 'limit');
    return c.json({ records: await recentRecords(db, limit) });
  });
  app.post('/v1/retention/run', admin, async (c) =>
    c.json(await applyRetention(db, config.retentionMonths, new Date(now()))),
  );
}

export function createApp({ db, config, now = Date.now, writeConcurrency = 1 }: AppOptions) {
  const app = new Hono();
  const limiter = createRateLimiter(config.rateLimitPerMinute);
  const batcher = createInsertBatcher(db, { concurrency: writeConcurrency });

  app.onError((error, c) => {
    console.error('collector: request failed:', error instanceof Error ? error.message : error);
    return c.json({ error: 'internal error' }, 500);
  });
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/favicon.ico', (c) => c.body(null, 204)); // the dashboard has none: keep 404s out of the console
  app.use('/v1/*', v1Guard(config, limiter));
  app.post('/v1/records', postRecord(config, now, batcher));
  app.get('/v1/records/:id', getHistory(db));
  adminRoutes(app, { db, config, now });
  app.route('/dashboard', dashboardRoutes(config));
  app.notFound((c) => fail(c, 404, 'not found'));
  return { app, stop: () => limiter.stop() };
}

/** A day (YYYY-MM-DD, UTC) or an ISO time; the fallback when absent; null when unreadable. */
function parseDate(value: string | undefined, fallback: Date): Date | null {
  if (value == null || value === '') return fallback;
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
