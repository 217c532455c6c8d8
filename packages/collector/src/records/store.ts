// Writing and reading records. Writes are idempotent on (id, decided_at): a retried send (the SDK
// retries until it sees an answer) finds the row it already wrote and changes nothing.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../database/schema.js';
import { createInsertBatcher } from './insert-batcher.js';
import type { RecordBody } from './record-schema.js';

/** What the server adds to a record, and nothing else (README "Consent records": minimisation). */
export interface ServerFields {
  receivedAt: Date;
  /** The client address cut to /24 (IPv4) or /48 (IPv6). */
  ipPrefix: string | null;
  userAgentFamily: string;
}

export interface StoredRecord extends Omit<RecordBody, 'knownChild'> {
  /** Null when the record's SDK did not report it (it predates the field). */
  knownChild: boolean | null;
  receivedAt: number;
  ipPrefix: string | null;
  userAgentFamily: string;
}

/** The table row of a record and what the server adds to it. */
export function toRow(body: RecordBody, server: ServerFields) {
  return {
    id: body.id,
    decided_at: new Date(body.decidedAt),
    received_at: server.receivedAt,
    revision: body.revision,
    fingerprint: body.fingerprint,
    mode: body.mode,
    region: body.region,
    source: body.source,
    categories: JSON.stringify(body.categories),
    sale_opt_out: body.saleOptOut,
    share_opt_out: body.shareOptOut,
    gpc: body.gpc,
    known_child: body.knownChild ?? null,
    language: body.language,
    page: body.page,
    ip_prefix: server.ipPrefix,
    ua_family: server.userAgentFamily,
  };
}

/** Stores one record on its own (tests, imports); false when it was already there (same id and
 *  decidedAt). The HTTP API batches its writes (insert-batcher.ts). */
export async function insertRecord(db: Kysely<Database>, body: RecordBody, server: ServerFields): Promise<boolean> {
  return createInsertBatcher(db).insert(toRow(body, server));
}

type Row = Awaited<ReturnType<typeof selectRecords>>[number];

const selectRecords = (db: Kysely<Database>) => db.selectFrom('records').selectAll().execute();

export function toRecord(row: Row): StoredRecord {
  return {
    id: row.id,
    decidedAt: new Date(row.decided_at).getTime(),
    receivedAt: new Date(row.received_at).getTime(),
    revision: row.revision,
    fingerprint: row.fingerprint,
    mode: row.mode as StoredRecord['mode'],
    region: row.region,
    source: row.source as StoredRecord['source'],
    categories: typeof row.categories === 'string' ? JSON.parse(row.categories) : row.categories,
    saleOptOut: row.sale_opt_out,
    shareOptOut: row.share_opt_out,
    gpc: row.gpc,
    knownChild: row.known_child,
    language: row.language,
    page: row.page,
    ipPrefix: row.ip_prefix,
    userAgentFamily: row.ua_family,
  };
}

/** Every record of one consent id, oldest decision first: the proof of what that visitor chose. */
export async function historyOf(db: Kysely<Database>, id: string): Promise<StoredRecord[]> {
  const rows = await db
    .selectFrom('records')
    .selectAll()
    .where('id', '=', id)
    .orderBy('decided_at')
    .orderBy('received_at')
    .limit(1000)
    .execute();
  return rows.map(toRecord);
}

/** The newest records by arrival, for the dashboard's table. */
export async function recentRecords(db: Kysely<Database>, limit: number): Promise<StoredRecord[]> {
  const rows = await db.selectFrom('records').selectAll().orderBy('received_at', 'desc').limit(limit).execute();
  return rows.map(toRecord);
}

export async function countRecords(db: Kysely<Database>): Promise<number> {
  const result = await sql<{ n: number }>`select count(*)::int as n from records`.execute(db);
  return result.rows[0]!.n;
}
