// The databases every collector test runs on: embedded PGlite (in memory) always, and a fresh
// PostgreSQL database when DATABASE_URL is set (scripts/with-postgres.sh sets it in CI).
import pg from 'pg';
import { migrate } from '../src/database/migrations.js';
import { openDatabase, type OpenDatabase } from '../src/database/open.js';
import { ensurePartitions } from '../src/database/partitions.js';
import { MAX_RECORD_AGE_MS } from '../src/records/record-schema.js';

export const POSTGRES_URL = process.env.DATABASE_URL || null;

if (!POSTGRES_URL)
  console.warn(
    'collector tests: DATABASE_URL is not set, PostgreSQL tests are skipped (run through scripts/with-postgres.sh)',
  );

export const DATABASE_KINDS = POSTGRES_URL ? (['embedded', 'postgres'] as const) : (['embedded'] as const);
export type Kind = (typeof DATABASE_KINDS)[number];

/** A new, empty PostgreSQL database on the test server; its URL. */
export async function freshPostgresDatabase(): Promise<string> {
  const name = `collector_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL! });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_URL!);
  url.pathname = '/' + name;
  return url.toString();
}

/** A new database of that kind, not migrated: no tables at all. */
export async function blankDatabase(kind: Kind): Promise<OpenDatabase> {
  return kind === 'postgres'
    ? openDatabase({ databaseUrl: await freshPostgresDatabase(), dataDir: '' })
    : openDatabase({ databaseUrl: null, dataDir: 'memory://' });
}

/** A migrated, empty database of that kind, with the partitions a start would make. */
export async function testDatabase(kind: Kind): Promise<OpenDatabase> {
  const database = await blankDatabase(kind);
  await migrate(database.db);
  const now = Date.now();
  await ensurePartitions(database.db, new Date(now - MAX_RECORD_AGE_MS), new Date(now + 40 * 24 * 3600 * 1000));
  return database;
}

export function validRecord(overrides: Record<string, unknown> = {}, now = Date.now()) {
  return {
    id: 'k3x9q2m7pa',
    decidedAt: Math.floor(now / 1000) * 1000,
    revision: '2026-11',
    fingerprint: '1x2y3z',
    mode: 'opt-out',
    region: 'US-CA',
    source: 'banner',
    categories: { necessary: true, analytics: false, advertising: false },
    saleOptOut: true,
    shareOptOut: true,
    gpc: false,
    knownChild: false,
    language: 'en-US',
    page: 'https://shop.example/checkout',
    ...overrides,
  };
}
