// Fuzzing POST /v1/records: garbage JSON, huge bodies, wrong types, odd Unicode. The answer is
// never a 5xx, and nothing invalid is ever stored.
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/http/app.js';
import type { OpenDatabase } from '../src/database/open.js';
import { countRecords } from '../src/records/store.js';
import { DATABASE_KINDS, testDatabase, validRecord } from './databases.js';
import { testConfig } from './config.js';

const FIELDS = Object.keys(validRecord());

/** A valid record with one field replaced by anything, one extra field, or one field missing. */
const brokenRecord = fc.oneof(
  fc
    .record({ field: fc.constantFrom(...FIELDS), value: fc.anything() })
    .map(({ field, value }) => ({ ...validRecord(), [field]: value })),
  fc
    .record({ key: fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }), value: fc.jsonValue() })
    .filter(({ key }) => !FIELDS.includes(key))
    .map(({ key, value }) => ({ ...validRecord(), [key]: value })),
  fc.constantFrom(...FIELDS).map((field) => {
    const record: Record<string, unknown> = validRecord();
    delete record[field];
    return record;
  }),
  fc
    .string({ unit: 'binary', minLength: 1, maxLength: 64 })
    .map((text) => validRecord({ categories: { [text]: true } })),
  fc
    .string({ unit: 'binary', maxLength: 64 })
    .map((text) => validRecord({ page: 'https://shop.example/' + text + '?q=1' })),
);

const garbage = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
  fc.string({ unit: 'binary', minLength: 4097, maxLength: 9000 }),
  fc.integer({ min: 4097, max: 200_000 }).map((n) => '{"revision":"' + 'é'.repeat(n) + '"}'),
  fc.uint8Array({ maxLength: 200 }),
);

describe.each(DATABASE_KINDS)('fuzzing POST /v1/records on %s', (kind) => {
  let database: OpenDatabase;
  let app: ReturnType<typeof createApp>['app'];
  beforeAll(async () => {
    database = await testDatabase(kind);
    app = createApp({ db: database.db, config: testConfig() }).app;
  });
  afterAll(async () => {
    await database.close();
  });

  it('answers 400 naming a field to every broken record, and stores nothing', async () => {
    await fc.assert(
      fc.asyncProperty(brokenRecord, async (record) => {
        const body = JSON.stringify(record);
        const response = await app.request('/v1/records', { method: 'POST', body });
        if (response.status === 201) {
          // fc.anything() may produce a valid value (e.g. another boolean): then it is a valid record.
          await sql`delete from records`.execute(database.db);
          return;
        }
        expect(response.status === 200 || response.status === 400).toBe(true);
        if (response.status === 400) expect(typeof (await response.json()).field).toBe('string');
      }),
      { numRuns: 300 },
    );
    expect(await countRecords(database.db)).toBe(0);
  });

  it('refuses every knownChild that is not a boolean with 400 naming it, and stores nothing', async () => {
    const notBoolean = fc.jsonValue().filter((value) => typeof value !== 'boolean');
    await fc.assert(
      fc.asyncProperty(notBoolean, async (value) => {
        const body = JSON.stringify(validRecord({ knownChild: value }));
        const response = await app.request('/v1/records', { method: 'POST', body });
        expect(response.status).toBe(400);
        expect((await response.json()).field).toBe('knownChild');
      }),
      { numRuns: 100 },
    );
    expect(await countRecords(database.db)).toBe(0);
  });

  it('never fails with 5xx on garbage bodies, and stores nothing', async () => {
    await fc.assert(
      fc.asyncProperty(garbage, async (body) => {
        const response = await app.request('/v1/records', { method: 'POST', body });
        expect(response.status).toBe(400);
        expect((await response.json()).field).toBeTypeOf('string');
      }),
      { numRuns: 300 },
    );
    expect(await countRecords(database.db)).toBe(0);
  });
});
