// The HTTP API on each database: records in (validated, idempotent), history out, CORS, rate
// limit, admin token, streamed export, §7102 metrics, retention.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createApp, MAX_BODY_BYTES } from '../src/http/app.js';
import type { OpenDatabase } from '../src/database/open.js';
import { countRecords, insertRecord } from '../src/records/store.js';
import { ensurePartitions, listPartitions } from '../src/database/partitions.js';
import { DATABASE_KINDS, testDatabase, validRecord } from './databases.js';
import { ADMIN, testConfig } from './config.js';

const post = (
  app: ReturnType<typeof createApp>['app'],
  body: unknown,
  headers: Record<string, string> = {},
  query = '',
) =>
  app.request('/v1/records' + query, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers },
  });

describe.each(DATABASE_KINDS)('collector API on %s', (kind) => {
  let database: OpenDatabase;
  let app: ReturnType<typeof createApp>['app'];

  beforeAll(async () => {
    database = await testDatabase(kind);
  });
  afterAll(async () => {
    await database.close();
  });
  beforeEach(async () => {
    await sql`delete from records`.execute(database.db);
    app = createApp({ db: database.db, config: testConfig() }).app;
  });

  it('stores a valid record once, however often it is sent (idempotent on id and decidedAt)', async () => {
    const record = validRecord();
    const first = await post(app, record);
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ ok: true, id: record.id, duplicate: false });
    const again = await post(app, record);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ duplicate: true });
    expect(await countRecords(database.db)).toBe(1);
    // A new decision by the same visitor is a new record.
    expect((await post(app, { ...record, decidedAt: record.decidedAt + 1000, source: 'preferences' })).status).toBe(
      201,
    );
    expect(await countRecords(database.db)).toBe(2);
  });

  it('answers concurrent retries of one record (one write batch) with one 201 and stores it once', async () => {
    const record = validRecord({ id: 'concurrent1' });
    const others = Array.from({ length: 20 }, (_, i) => validRecord({ id: `other${i.toString(36)}abc` }));
    const responses = await Promise.all([
      ...Array.from({ length: 5 }, () => post(app, record)),
      ...others.map((o) => post(app, o)),
    ]);
    const statuses = responses
      .slice(0, 5)
      .map((r) => r.status)
      .sort();
    expect(statuses).toEqual([200, 200, 200, 200, 201]);
    expect(responses.slice(5).every((r) => r.status === 201)).toBe(true);
    expect(await countRecords(database.db)).toBe(21);
  });

  it('answers the history of a consent id, oldest first, without address or browser', async () => {
    const now = Date.now();
    const later = validRecord(
      { decidedAt: Math.floor(now / 1000) * 1000, source: 'preferences', saleOptOut: false },
      now,
    );
    const earlier = validRecord(
      { decidedAt: Math.floor(now / 1000) * 1000 - 86_400_000, source: 'gpc', gpc: true },
      now,
    );
    await post(app, later);
    await post(app, earlier);
    await post(app, validRecord({ id: 'otherid123' }));
    const response = await app.request('/v1/records/' + later.id);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.id).toBe(later.id);
    expect(body.records.map((r: { source: string }) => r.source)).toEqual(['gpc', 'preferences']);
    expect(body.records[0]).toMatchObject({ ...earlier, categories: earlier.categories });
    expect(body.records[0].receivedAt).toBeTypeOf('number');
    expect(body.records[0]).not.toHaveProperty('ipPrefix');
    expect((await app.request('/v1/records/NOT-AN-ID')).status).toBe(400);
    expect(await (await app.request('/v1/records/unknown123')).json()).toEqual({ id: 'unknown123', records: [] });
  });

  it.each([
    ['an unknown field', { ...validRecord(), email: 'a@b.example' }, 'email'],
    ['a wrong type', validRecord({ saleOptOut: 'yes' }), 'saleOptOut'],
    ['a bad category value', validRecord({ categories: { ads: 1 } }), 'categories.ads'],
    ['a page with a query string', validRecord({ page: 'https://shop.example/?email=a@b.example' }), 'page'],
    ['a decision far in the past', validRecord({ decidedAt: 0 }), 'decidedAt'],
    ['a missing field', (({ gpc: _g, ...rest }) => rest)(validRecord()), 'gpc'],
    ['an unknown source', validRecord({ source: 'telepathy' }), 'source'],
    ['a knownChild that is not a boolean', validRecord({ knownChild: 'yes' }), 'knownChild'],
    ['a knownChild of null (omit it instead)', validRecord({ knownChild: null }), 'knownChild'],
  ])('refuses %s with 400 naming the field, storing nothing', async (_name, body, field) => {
    const response = await post(app, body);
    expect(response.status).toBe(400);
    expect((await response.json()).field).toBe(field);
    expect(await countRecords(database.db)).toBe(0);
  });

  it('stores knownChild as sent, and null ("not reported") for a record from an SDK that predates it', async () => {
    const { knownChild: _omitted, ...olderSdk } = validRecord({ id: 'oldsdk0001' });
    for (const body of [
      validRecord({ id: 'child00001', knownChild: true }),
      validRecord({ id: 'adult00001' }),
      olderSdk,
    ])
      expect((await post(app, body)).status).toBe(201);
    const stored = await sql<{ id: string; known_child: boolean | null }>`
      select id, known_child from records order by id`.execute(database.db);
    expect(stored.rows).toEqual([
      { id: 'adult00001', known_child: false },
      { id: 'child00001', known_child: true },
      { id: 'oldsdk0001', known_child: null },
    ]);
    const history = async (id: string) => (await (await app.request('/v1/records/' + id)).json()).records[0];
    expect(await history('child00001')).toMatchObject({ knownChild: true, saleOptOut: true });
    expect(await history('adult00001')).toMatchObject({ knownChild: false });
    expect(await history('oldsdk0001')).toMatchObject({ knownChild: null });
    const recent = await (await app.request('/v1/recent', { headers: ADMIN })).json();
    const byId = Object.fromEntries(
      recent.records.map((r: { id: string; knownChild: unknown }) => [r.id, r.knownChild]),
    );
    expect(byId).toEqual({ child00001: true, adult00001: false, oldsdk0001: null });
  });

  it('refuses bodies that are not a JSON object, or over 4 KB', async () => {
    for (const body of ['not json', '[]', 'null', '"text"']) {
      const response = await post(app, body);
      expect(response.status).toBe(400);
      expect((await response.json()).field).toBe('body');
    }
    const huge = JSON.stringify({ ...validRecord(), revision: 'x'.repeat(MAX_BODY_BYTES) });
    const response = await post(app, huge);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ field: 'body', error: expect.stringContaining('4096') });
    expect(await countRecords(database.db)).toBe(0);
  });

  it('stops reading a body without Content-Length once it passes the limit', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(1024).fill(0x20);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
        if (pulled > 50 * 1024 * 1024) controller.close();
      },
    });
    const response = await app.request('/v1/records', { method: 'POST', body: endless, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(400);
    expect(pulled).toBeLessThan(MAX_BODY_BYTES + 64 * 1024);
  });

  it('allows only listed origins (and its own), refusing others before reading', async () => {
    const ok = await post(app, validRecord(), { origin: 'https://shop.example' });
    expect(ok.status).toBe(201);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    const own = await post(app, validRecord({ id: 'ownorigin1' }), { origin: 'http://localhost', host: 'localhost' });
    expect(own.status).toBe(201);
    const refused = await post(app, validRecord({ id: 'evilorigin' }), { origin: 'https://evil.example' });
    expect(refused.status).toBe(403);
    expect((await refused.json()).field).toBe('Origin');
    expect(await countRecords(database.db)).toBe(2);
    const preflight = await app.request('/v1/records', {
      method: 'OPTIONS',
      headers: { origin: 'https://shop.example' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    const any = createApp({ db: database.db, config: testConfig({ allowedOrigins: '*' }) }).app;
    const anyResponse = await post(any, validRecord({ id: 'anyorigin1' }), { origin: 'https://evil.example' });
    expect(anyResponse.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers 429 past the per-address rate limit', async () => {
    const limited = createApp({ db: database.db, config: testConfig({ rateLimitPerMinute: 3 }) }).app;
    const statuses = [];
    // One base time: read again in each round, a second boundary between two rounds gave two
    // records the same (id, decidedAt), and the second was answered 200 as a repeat (a CI flake).
    const decidedAt = validRecord().decidedAt;
    for (let i = 0; i < 5; i++)
      statuses.push((await post(limited, validRecord({ decidedAt: decidedAt - i * 1000 }))).status);
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    expect(await countRecords(database.db)).toBe(3);
  });

  it('keeps the admin endpoints behind the bearer token, and disabled without one', async () => {
    for (const path of ['/v1/export', '/v1/metrics?year=2026', '/v1/recent']) {
      expect((await app.request(path)).status).toBe(401);
      expect((await app.request(path, { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401);
      expect((await app.request(path, { headers: ADMIN })).status).toBe(200);
    }
    expect((await app.request('/v1/retention/run', { method: 'POST' })).status).toBe(401);
    const disabled = createApp({ db: database.db, config: testConfig({ adminToken: null }) }).app;
    const response = await disabled.request('/v1/export', { headers: ADMIN });
    expect(response.status).toBe(401);
    expect((await response.json()).error).toContain('disabled');
    expect((await disabled.request('/dashboard')).status).toBe(404);
  });

  it('exports every record as CSV and JSON lines, page by page, within from/to', async () => {
    const now = Date.now();
    const total = 2345; // more than two pages of the keyset reader
    const base = Math.floor(now / 1000) * 1000;
    for (let i = 0; i < total; i += 500) {
      await Promise.all(
        Array.from({ length: Math.min(500, total - i) }, (_, j) =>
          insertRecord(
            database.db,
            validRecord({ id: `exp${(i + j).toString(36).padStart(6, '0')}`, decidedAt: base }) as never,
            {
              receivedAt: new Date(now - 1000),
              ipPrefix: '203.0.113.0/24',
              userAgentFamily: 'Firefox',
            },
          ),
        ),
      );
    }
    const jsonl = await app.request('/v1/export?format=jsonl', { headers: ADMIN });
    expect(jsonl.headers.get('content-type')).toContain('ndjson');
    const lines = (await jsonl.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(total);
    expect(new Set(lines.map((l) => l.id)).size).toBe(total);
    expect(lines[0]).toMatchObject({ ipPrefix: '203.0.113.0/24', userAgentFamily: 'Firefox', saleOptOut: true });
    const csv = await (await app.request('/v1/export?format=csv', { headers: ADMIN })).text();
    const rows = csv.trim().split('\r\n');
    expect(rows[0]).toBe(
      'id,decided_at,received_at,revision,fingerprint,mode,region,source,categories,sale_opt_out,share_opt_out,gpc,language,page,ip_prefix,user_agent_family,known_child',
    );
    expect(rows).toHaveLength(total + 1);
    const tomorrow = new Date(now + 86_400_000).toISOString().slice(0, 10);
    const none = await (await app.request(`/v1/export?format=jsonl&from=${tomorrow}`, { headers: ADMIN })).text();
    expect(none).toBe('');
    expect((await app.request('/v1/export?format=xml', { headers: ADMIN })).status).toBe(400);
    expect((await (await app.request('/v1/export?from=yesterday', { headers: ADMIN })).json()).field).toBe('from');
  });

  it('exports knownChild as the last CSV column (empty when not reported) and a JSON lines field', async () => {
    const { knownChild: _omitted, ...olderSdk } = validRecord({ id: 'oldsdk0001' });
    await post(app, validRecord({ id: 'child00001', knownChild: true, source: 'default' }));
    await post(app, validRecord({ id: 'adult00001' }));
    await post(app, olderSdk);
    const csv = (await (await app.request('/v1/export?format=csv', { headers: ADMIN })).text()).trim().split('\r\n');
    const header = csv[0]!.split(',');
    // Appended: every earlier column keeps its position for existing consumers.
    expect(header.indexOf('user_agent_family')).toBe(15);
    expect(header.indexOf('known_child')).toBe(header.length - 1);
    const lastField = (id: string) =>
      csv
        .find((line) => line.startsWith(id + ','))!
        .split(',')
        .at(-1);
    expect([lastField('child00001'), lastField('adult00001'), lastField('oldsdk0001')]).toEqual(['true', 'false', '']);
    const jsonl = await (await app.request('/v1/export?format=jsonl', { headers: ADMIN })).text();
    const lines = jsonl
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(Object.fromEntries(lines.map((l) => [l.id, l.knownChild]))).toEqual({
      child00001: true,
      adult00001: false,
      oldsdk0001: null,
    });
  });

  it('computes the §7102 figures per request type and source, with daily counts', async () => {
    const now = Date.now();
    const at = Math.floor(now / 1000) * 1000;
    await post(app, validRecord({ id: 'gpcvisitor', source: 'gpc', gpc: true }, now));
    await post(app, validRecord({ id: 'declined01', source: 'banner' }, now));
    await post(app, validRecord({ id: 'linkoptout', source: 'link', shareOptOut: false }, now));
    await post(app, validRecord({ id: 'accepted01', source: 'banner', saleOptOut: false, shareOptOut: false }, now));
    await post(
      app,
      validRecord({ id: 'gpcoptedin', source: 'preferences', gpc: true, saleOptOut: false, shareOptOut: false }, now),
    );
    const year = new Date(at).getUTCFullYear();
    const metrics = await (await app.request(`/v1/metrics?year=${year}`, { headers: ADMIN })).json();
    const find = (type: string, source: string) =>
      metrics.requests.find((r: { type: string; source: string }) => r.type === type && r.source === source);
    expect(find('opt-out-of-sale', 'gpc')).toMatchObject({
      received: 1,
      complied: 1,
      denied: 0,
      medianDaysToRespond: 0,
    });
    expect(find('opt-out-of-sale', 'banner')).toMatchObject({ received: 1, complied: 1 });
    expect(find('opt-out-of-sale', 'link')).toMatchObject({ received: 1 });
    expect(find('opt-out-of-sharing', 'link')).toBeUndefined();
    expect(find('opt-out-of-sale', 'preferences')).toMatchObject({ received: 0, denied: 1 });
    expect(metrics.knownChildOptOuts).toEqual({ 'opt-out-of-sale': 0, 'opt-out-of-sharing': 0 });
    const today = new Date(at).toISOString().slice(0, 10);
    expect(metrics.daily).toEqual([
      {
        day: today,
        records: 5,
        optOuts: 3,
        knownChildOptOuts: 0,
        bySource: { banner: 2, gpc: 1, link: 1, preferences: 1 },
      },
    ]);
    expect(metrics.bySource.find((b: { key: string }) => b.key === 'banner')).toEqual({
      key: 'banner',
      records: 2,
      optOuts: 1,
      knownChildOptOuts: 0,
    });
    expect(metrics.byRegion).toEqual([{ key: 'US-CA', records: 5, optOuts: 3, knownChildOptOuts: 0 }]);
    expect((await app.request('/v1/metrics?year=26', { headers: ADMIN })).status).toBe(400);
    const empty = await (await app.request(`/v1/metrics?year=${year - 5}`, { headers: ADMIN })).json();
    expect(empty.requests).toEqual([]);
  });

  it('leaves the known-child rule out of the §7102 requests and counts it apart; a known child who asked counts', async () => {
    const now = Date.now();
    const year = new Date(now).getUTCFullYear();
    const metrics = async () => (await app.request(`/v1/metrics?year=${year}`, { headers: ADMIN })).json();
    const child = (id: string, fields: Record<string, unknown>) =>
      validRecord({ id, knownChild: true, ...fields }, now);
    // Marked at start: the business applied the rule; nobody asked. Also where GPC is present but not honoured.
    await post(app, child('childrule1', { source: 'default' }));
    await post(app, child('childrule2', { source: 'default', gpc: true }));
    // Defensive: a record the rule made is not a denied request either.
    await post(app, child('childrule3', { source: 'default', gpc: true, saleOptOut: false, shareOptOut: false }));
    // The child's own Decline and GPC signal are requests.
    await post(app, child('childdecl1', { source: 'banner' }));
    await post(app, child('childgpc01', { source: 'gpc', gpc: true }));
    let figures = await metrics();
    const find = (type: string, source: string) =>
      figures.requests.find((r: { type: string; source: string }) => r.type === type && r.source === source);
    expect(find('opt-out-of-sale', 'default')).toBeUndefined();
    expect(find('opt-out-of-sharing', 'default')).toBeUndefined();
    expect(find('opt-out-of-sale', 'banner')).toMatchObject({ received: 1, complied: 1, denied: 0 });
    expect(find('opt-out-of-sharing', 'gpc')).toMatchObject({ received: 1, complied: 1, denied: 0 });
    expect(figures.knownChildOptOuts).toEqual({ 'opt-out-of-sale': 2, 'opt-out-of-sharing': 2 });
    // Source default without the mark, or from an SDK that does not report it (null): counted as before.
    const { knownChild: _omitted, ...olderSdk } = validRecord({ id: 'oldsdk0001', source: 'default' }, now);
    await post(app, olderSdk);
    await post(app, validRecord({ id: 'adultdflt1', source: 'default', knownChild: false }, now));
    figures = await metrics();
    expect(find('opt-out-of-sale', 'default')).toMatchObject({ received: 2, complied: 2, denied: 0 });
    expect(find('opt-out-of-sharing', 'default')).toMatchObject({ received: 2, complied: 2, denied: 0 });
    expect(figures.knownChildOptOuts).toEqual({ 'opt-out-of-sale': 2, 'opt-out-of-sharing': 2 });
    // The daily counts are of records, the known child's included.
    expect(figures.daily.reduce((n: number, d: { records: number }) => n + d.records, 0)).toBe(7);
  });

  it('keeps the known-child rule out of the daily and breakdown opt-outs (the dashboard) and counts it apart', async () => {
    const now = Date.now();
    const year = new Date(now).getUTCFullYear();
    const today = new Date(Math.floor(now / 1000) * 1000).toISOString().slice(0, 10);
    const record = (id: string, fields: Record<string, unknown>) => validRecord({ id, ...fields }, now);
    // The rule's opt-out, also one of sale only (a record whose sharing was already off by a request).
    await post(app, record('childrule1', { source: 'default', knownChild: true }));
    await post(app, record('childrule2', { source: 'default', knownChild: true, shareOptOut: false }));
    await post(app, record('childdecl1', { source: 'banner', knownChild: true })); // the child's own Decline
    await post(app, record('declined01', { source: 'banner' }));
    await post(app, record('accepted01', { source: 'banner', saleOptOut: false, shareOptOut: false }));
    // Source default without the mark (or from an SDK that does not report it): an opt-out, as before.
    await post(app, record('adultdflt1', { source: 'default', knownChild: false }));
    const metrics = await (await app.request(`/v1/metrics?year=${year}`, { headers: ADMIN })).json();
    expect(metrics.daily).toEqual([
      { day: today, records: 6, optOuts: 3, knownChildOptOuts: 2, bySource: { banner: 3, default: 3 } },
    ]);
    const byKey = (rows: { key: string }[]) => Object.fromEntries(rows.map(({ key, ...counts }) => [key, counts]));
    expect(byKey(metrics.bySource)).toEqual({
      banner: { records: 3, optOuts: 2, knownChildOptOuts: 0 },
      default: { records: 3, optOuts: 1, knownChildOptOuts: 2 },
    });
    expect(byKey(metrics.byRegion)).toEqual({ 'US-CA': { records: 6, optOuts: 3, knownChildOptOuts: 2 } });
    expect(byKey(metrics.byRevision)).toEqual({ '2026-11': { records: 6, optOuts: 3, knownChildOptOuts: 2 } });
    expect(metrics.knownChildOptOuts).toEqual({ 'opt-out-of-sale': 2, 'opt-out-of-sharing': 1 });
  });

  it('retention drops whole months past the cutoff and trims the boundary month in batches', async () => {
    const now = new Date(Date.UTC(2026, 11, 15, 12));
    // Records as a collector running since 2024 would hold (inserted directly: the API refuses old decisions).
    const at = (iso: string) => new Date(iso);
    await ensurePartitions(database.db, at('2024-09-01T00:00:00Z'), at('2024-12-31T00:00:00Z'));
    const server = { receivedAt: now, ipPrefix: null, userAgentFamily: 'Other' };
    const old = ['2024-09-10', '2024-10-20', '2024-11-01', '2024-12-01', '2024-12-10', '2024-12-20'];
    for (const [i, day] of old.entries()) {
      await insertRecord(
        database.db,
        validRecord({ id: `old${i}aaaaa`, decidedAt: at(`${day}T00:00:00Z`).getTime() }) as never,
        server,
      );
    }
    await insertRecord(database.db, validRecord({ id: 'recent0001' }) as never, server);
    const response = await app.request('/v1/retention/run', { method: 'POST', headers: ADMIN });
    expect(response.status).toBe(200);
    // The app's clock is the real one: run again with a fixed clock for exact figures.
    const { applyRetention } = await import('../src/records/retention.js');
    await sql`delete from records`.execute(database.db);
    await ensurePartitions(database.db, at('2024-09-01T00:00:00Z'), at('2024-12-31T00:00:00Z'));
    for (const [i, day] of old.entries()) {
      await insertRecord(
        database.db,
        validRecord({ id: `old${i}aaaaa`, decidedAt: at(`${day}T00:00:00Z`).getTime() }) as never,
        server,
      );
    }
    await insertRecord(database.db, validRecord({ id: 'recent0001' }) as never, server);
    const result = await applyRetention(database.db, 24, now, 1);
    expect(result.cutoff).toBe('2024-12-15T12:00:00.000Z');
    expect(result.droppedPartitions).toEqual(
      expect.arrayContaining(['records_y2024m09', 'records_y2024m10', 'records_y2024m11']),
    );
    expect(result.droppedPartitions).not.toContain('records_y2024m12');
    expect(result.deletedRows).toBe(2); // 12-01 and 12-10, one batch each
    const left = await sql<{ id: string }>`select id from records order by decided_at`.execute(database.db);
    expect(left.rows.map((r) => r.id)).toEqual(['old5aaaaa', 'recent0001']);
    expect(await listPartitions(database.db)).toContain('records_y2024m12');
  });

  it('re-sets the choice cookie from the server with its recorded flag, only for the same choice', async () => {
    const record = validRecord();
    const seconds = Math.floor(record.decidedAt / 1000).toString(36);
    const cookie = `privacy_choices=1.${seconds}.3.3.b..${record.id}.1x2y3z.abc.2026-11`;
    const response = await post(
      app,
      record,
      { cookie: `other=1; ${cookie}` },
      '?cookie=privacy_choices&days=180&domain=shop.example',
    );
    expect(response.headers.get('set-cookie')).toBe(
      `privacy_choices=1.${seconds}.3.z.b..${record.id}.1x2y3z.abc.2026-11;Path=/;SameSite=Lax;Max-Age=15552000;Domain=shop.example`,
    );
    const otherChoice = `privacy_choices=1.${seconds}.3.3.b..someoneelse.1x2y3z.abc.2026-11`;
    const refused = await post(app, record, { cookie: otherChoice }, '?cookie=privacy_choices&days=180');
    expect(refused.headers.get('set-cookie')).toBeNull();
    const notAsked = await post(app, record, { cookie });
    expect(notAsked.headers.get('set-cookie')).toBeNull();
  });

  it('answers /healthz', async () => {
    expect(await (await app.request('/healthz')).json()).toEqual({ ok: true });
  });
});
