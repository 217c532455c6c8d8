// Export as a stream of lines, read from the database one page at a time (keyset pagination on
// the received_at index): millions of rows never sit in memory, and the same queries run on
// PGlite, which has no server-side cursors.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../database/schema.js';
import { toRecord, type StoredRecord } from './store.js';

export type ExportFormat = 'csv' | 'jsonl';

const PAGE = 1000;

export const CSV_COLUMNS = [
  'id',
  'decided_at',
  'received_at',
  'revision',
  'fingerprint',
  'mode',
  'region',
  'source',
  'categories',
  'sale_opt_out',
  'share_opt_out',
  'gpc',
  'language',
  'page',
  'ip_prefix',
  'user_agent_family',
  // Appended, not inserted: existing consumers keep their column positions.
  'known_child',
] as const;

/** Records received in [from, to), in arrival order, a page at a time. */
export async function* recordPages(db: Kysely<Database>, from: Date, to: Date): AsyncGenerator<StoredRecord[]> {
  let after: { receivedAt: Date; id: string; decidedAt: Date } | null = null;
  for (;;) {
    let query = db.selectFrom('records').selectAll().where('received_at', '>=', from).where('received_at', '<', to);
    if (after) {
      const last = after;
      query = query.where(
        sql<boolean>`(received_at, id, decided_at) > (${last.receivedAt}, ${last.id}, ${last.decidedAt})`,
      );
    }
    const rows = await query.orderBy('received_at').orderBy('id').orderBy('decided_at').limit(PAGE).execute();
    if (!rows.length) return;
    const lastRow = rows[rows.length - 1]!;
    after = { receivedAt: new Date(lastRow.received_at), id: lastRow.id, decidedAt: new Date(lastRow.decided_at) };
    yield rows.map(toRecord);
    if (rows.length < PAGE) return;
  }
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break. A leading =,+,-,@ gets a
 *  quote mark, so a spreadsheet never runs a page address as a formula. */
function csvField(value: unknown): string {
  let text = value == null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
  return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

export function csvLine(r: StoredRecord): string {
  return (
    [
      r.id,
      new Date(r.decidedAt).toISOString(),
      new Date(r.receivedAt).toISOString(),
      r.revision,
      r.fingerprint,
      r.mode,
      r.region,
      r.source,
      JSON.stringify(r.categories),
      r.saleOptOut,
      r.shareOptOut,
      r.gpc,
      r.language,
      r.page,
      r.ipPrefix,
      r.userAgentFamily,
      r.knownChild,
    ]
      .map(csvField)
      .join(',') + '\r\n'
  );
}

export async function* exportLines(
  db: Kysely<Database>,
  from: Date,
  to: Date,
  format: ExportFormat,
): AsyncGenerator<string> {
  if (format === 'csv') yield CSV_COLUMNS.join(',') + '\r\n';
  for await (const page of recordPages(db, from, to)) {
    yield page.map((r) => (format === 'csv' ? csvLine(r) : JSON.stringify(r) + '\n')).join('');
  }
}
