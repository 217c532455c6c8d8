// Monthly partitions of `records`, by decided_at (the partition key must be part of the
// (id, decided_at) key that makes sends idempotent). Retention then drops whole months.
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

const NAME = /^records_y(\d{4})m(\d{2})$/;

export const monthStart = (year: number, month: number) => new Date(Date.UTC(year, month, 1));

export function partitionName(date: Date): string {
  return `records_y${date.getUTCFullYear()}m${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The month a partition holds, from its name; null for a table that is not one of ours. */
export function partitionMonth(name: string): { from: Date; to: Date } | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]) - 1;
  return { from: monthStart(year, month), to: monthStart(year, month + 1) };
}

/** Creates the partition of every month from `from` to `to` (both included). Several collectors
 *  may run this at once: an advisory lock makes them take turns. */
export async function ensurePartitions(db: Kysely<Database>, from: Date, to: Date): Promise<void> {
  const months: Date[] = [];
  for (
    let m = monthStart(from.getUTCFullYear(), from.getUTCMonth());
    m <= to;
    m = monthStart(m.getUTCFullYear(), m.getUTCMonth() + 1)
  ) {
    months.push(m);
  }
  const existing = new Set(await listPartitions(db));
  const missing = months.filter((m) => !existing.has(partitionName(m)));
  if (!missing.length) return;
  await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext('privacy_choices_records_partitions'))`.execute(trx);
    for (const m of missing) {
      const next = monthStart(m.getUTCFullYear(), m.getUTCMonth() + 1);
      await sql`create table if not exists ${sql.table(partitionName(m))} partition of records
        for values from (${sql.lit(m.toISOString())}) to (${sql.lit(next.toISOString())})`.execute(trx);
    }
  });
}

export async function listPartitions(db: Kysely<Database>): Promise<string[]> {
  const result = await sql<{ name: string }>`
    select child.relname as name from pg_inherits
    join pg_class child on child.oid = pg_inherits.inhrelid
    join pg_class parent on parent.oid = pg_inherits.inhparent
    where parent.relname = 'records'`.execute(db);
  return result.rows.map((r) => r.name);
}
