// Retention: records older than RETENTION_MONTHS (at least 24: CCPA regulations §7101) go.
// Whole months go by dropping their partition (instant, no table bloat); the month that straddles
// the cutoff is trimmed in small batches, so no long lock holds up incoming records.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../database/schema.js';
import { listPartitions, partitionMonth } from '../database/partitions.js';

export const RETENTION_BATCH = 5000;

export interface RetentionResult {
  cutoff: string;
  droppedPartitions: string[];
  deletedRows: number;
}

/** The oldest decision time still kept: `months` calendar months before now. */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

export async function applyRetention(
  db: Kysely<Database>,
  months: number,
  now = new Date(),
  batch = RETENTION_BATCH,
): Promise<RetentionResult> {
  const cutoff = retentionCutoff(now, months);
  const droppedPartitions: string[] = [];
  for (const name of (await listPartitions(db)).sort()) {
    const month = partitionMonth(name);
    if (month && month.to <= cutoff) {
      await sql`drop table if exists ${sql.table(name)}`.execute(db);
      droppedPartitions.push(name);
    }
  }
  let deletedRows = 0;
  for (;;) {
    const result = await sql`
      delete from records where (id, decided_at) in (
        select id, decided_at from records where decided_at < ${cutoff} limit ${batch})`.execute(db);
    const n = Number(result.numAffectedRows ?? 0n);
    deletedRows += n;
    if (n < batch) break;
  }
  return { cutoff: cutoff.toISOString(), droppedPartitions, deletedRows };
}
