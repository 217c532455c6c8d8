// Group commit: the records that arrive while a write is in flight go to the database together,
// as one multi-row INSERT … ON CONFLICT DO NOTHING, and each request is answered when that
// statement has committed. One statement and one commit per batch instead of per record: the
// database does a fraction of the work under load, and a lone record waits for nothing (it is
// written at once when no write is in flight). An answer still means "committed".
import type { Insertable, Kysely } from 'kysely';
import type { Database, RecordsTable } from '../database/schema.js';
import { ensurePartitions } from '../database/partitions.js';

type Row = Insertable<RecordsTable> & { decided_at: Date };

interface Waiting {
  row: Row;
  resolve(created: boolean): void;
  reject(error: unknown): void;
}

export interface InsertBatcher {
  /** Resolves when the row is committed: true if new, false if (id, decided_at) was already there. */
  insert(row: Row): Promise<boolean>;
}

const keyOf = (id: string, decidedAt: Date | string) => id + '@' + new Date(decidedAt).getTime();

function isMissingPartition(error: unknown): boolean {
  return error instanceof Error && /no partition of relation/.test(error.message);
}

export function createInsertBatcher(
  db: Kysely<Database>,
  options: { maxRows?: number; concurrency?: number } = {},
): InsertBatcher {
  const maxRows = options.maxRows ?? 500;
  const concurrency = options.concurrency ?? 1;
  let queue: Waiting[] = [];
  let inFlight = 0;
  let scheduled = false;

  const write = (rows: Row[]) =>
    db
      .insertInto('records')
      .values(rows)
      .onConflict((oc) => oc.columns(['id', 'decided_at']).doNothing())
      .returning(['id', 'decided_at'])
      .execute();

  /** A month's partition is made ahead of time; a collector started long ago may lack one: make it, write again. */
  async function writeCreatingPartitions(rows: Row[]) {
    try {
      return await write(rows);
    } catch (error) {
      if (!isMissingPartition(error)) throw error;
      const times = rows.map((r) => r.decided_at.getTime());
      await ensurePartitions(db, new Date(Math.min(...times)), new Date(Math.max(...times)));
      return write(rows);
    }
  }

  async function run(batch: Waiting[]) {
    const rows = batch.map((w) => w.row);
    const inserted = await writeCreatingPartitions(rows).catch((error: unknown) => {
      for (const w of batch) w.reject(error);
      return null;
    });
    if (!inserted) return;
    // The first request for a key that went in made it; any other (a retry in the same batch) is a duplicate.
    const created = new Set(inserted.map((r) => keyOf(r.id, r.decided_at)));
    for (const w of batch) {
      const key = keyOf(w.row.id, w.row.decided_at);
      w.resolve(created.delete(key));
    }
  }

  function pump() {
    scheduled = false;
    while (inFlight < concurrency && queue.length) {
      const batch = queue.length <= maxRows ? queue : queue.slice(0, maxRows);
      queue = queue.length <= maxRows ? [] : queue.slice(maxRows);
      inFlight++;
      run(batch).finally(() => {
        inFlight--;
        pump();
      });
    }
  }

  return {
    insert(row) {
      return new Promise<boolean>((resolve, reject) => {
        queue.push({ row, resolve, reject });
        // Requests parsed in the same turn of the event loop share a batch.
        if (!scheduled && inFlight < concurrency) {
          scheduled = true;
          setImmediate(pump);
        }
      });
    },
  };
}
