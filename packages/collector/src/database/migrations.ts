// Schema migrations, run at every start (Kysely's migrator locks, so N collectors may start at
// once). Migrations are code here, never edited once released: add a new one instead.
import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import type { Database } from './schema.js';

export const migrations: Record<string, Migration> = {
  '0001_records': {
    async up(db: Kysely<unknown>) {
      // Append-only. Partitioned by month of decided_at; the key (id, decided_at) is the
      // idempotency key and serves lookups by consent id; received_at has its own index for
      // exports and the dashboard.
      await sql`create table records (
        id text not null,
        decided_at timestamptz not null,
        received_at timestamptz not null default now(),
        revision text not null,
        fingerprint text not null,
        mode text not null,
        region text,
        source text not null,
        categories jsonb not null,
        sale_opt_out boolean not null,
        share_opt_out boolean not null,
        gpc boolean not null,
        language text not null,
        page text not null,
        ip_prefix text,
        ua_family text not null,
        primary key (id, decided_at)
      ) partition by range (decided_at)`.execute(db);
      await sql`create index records_received_at on records (received_at, id, decided_at)`.execute(db);
    },
  },
  '0002_known_child': {
    async up(db: Kysely<unknown>) {
      // Whether sale and sharing are off by the known-child rule rather than by a request (records
      // metrics.ts). Null for the rows already there: their SDK did not say, and it is not guessed.
      // A column added to the partitioned table reaches every partition, existing and future.
      await sql`alter table records add column known_child boolean`.execute(db);
    },
  },
};

export async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(
      `migration ${failed?.migrationName ?? '?'} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
