// Migrations on each database, from a collector that already holds records: 0002_known_child adds
// a column to the partitioned records table, which must reach the partitions that exist, and must
// leave the rows already there as null ("not reported"), never a guessed false.
import { Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrate, migrations } from '../src/database/migrations.js';
import { ensurePartitions, listPartitions, partitionName } from '../src/database/partitions.js';
import { historyOf, insertRecord, toRow } from '../src/records/store.js';
import type { RecordBody } from '../src/records/record-schema.js';
import { blankDatabase, DATABASE_KINDS, validRecord } from './databases.js';

const DAY = 86_400_000;
const server = { receivedAt: new Date(), ipPrefix: null, userAgentFamily: 'Other' };

/** The tables (records and its partitions) that have a column of that name. */
async function tablesWithColumn(database: Awaited<ReturnType<typeof blankDatabase>>, column: string) {
  const result = await sql<{ name: string }>`
    select table_name as name from information_schema.columns
    where table_schema = current_schema() and column_name = ${column}`.execute(database.db);
  return result.rows.map((r) => r.name).sort();
}

describe.each(DATABASE_KINDS)('migrations on %s', (kind) => {
  it('0002_known_child adds known_child to every partition; records stored before it read back as null', async () => {
    const database = await blankDatabase(kind);
    try {
      const upTo0001 = new Migrator({ db: database.db, provider: { getMigrations: async () => migrations } });
      expect((await upTo0001.migrateTo('0001_records')).error).toBeUndefined();
      const now = Date.now();
      const earlier = Math.floor((now - 45 * DAY) / 1000) * 1000;
      const later = Math.floor(now / 1000) * 1000;
      await ensurePartitions(database.db, new Date(earlier), new Date(later));
      // Rows as a collector at 0001 wrote them: without the column, which does not exist yet.
      for (const [id, decidedAt] of [
        ['before0001', earlier],
        ['before0002', later],
      ] as const) {
        const { known_child: _notYet, ...row } = toRow(validRecord({ id, decidedAt }, now) as RecordBody, server);
        await database.db.insertInto('records').values(row).execute();
      }
      expect(await tablesWithColumn(database, 'known_child')).toEqual([]);

      await migrate(database.db);
      const partitions = await listPartitions(database.db);
      expect(partitions).toEqual(
        expect.arrayContaining([partitionName(new Date(earlier)), partitionName(new Date(later))]),
      );
      expect(await tablesWithColumn(database, 'known_child')).toEqual(['records', ...partitions].sort());
      for (const id of ['before0001', 'before0002']) {
        const [record] = await historyOf(database.db, id);
        expect(record).toMatchObject({ id, knownChild: null, saleOptOut: true });
      }

      // New records land in those same partitions with the field; a month made later has the column too.
      await insertRecord(
        database.db,
        validRecord({ id: 'child00001', decidedAt: earlier, knownChild: true }, now) as RecordBody,
        server,
      );
      expect((await historyOf(database.db, 'child00001'))[0]!.knownChild).toBe(true);
      const nextYear = new Date(now + 400 * DAY);
      await ensurePartitions(database.db, nextYear, nextYear);
      expect(await tablesWithColumn(database, 'known_child')).toContain(partitionName(nextYear));
      // Run again (every start does): nothing left to apply.
      await migrate(database.db);
      const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(database.db);
      expect(applied.rows.map((r) => r.name)).toEqual(['0001_records', '0002_known_child']);
    } finally {
      await database.close();
    }
  });
});
