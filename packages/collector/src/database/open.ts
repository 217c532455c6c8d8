// One query layer over two databases: PGlite (embedded, a data folder, one process) by default,
// PostgreSQL through `pg` when DATABASE_URL is set. Same schema, same Kysely queries.
import { mkdirSync } from 'node:fs';
import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from './schema.js';
import { PGliteDialect } from './pglite-dialect.js';

export type DatabaseKind = 'embedded' | 'postgres';

export interface OpenDatabase {
  db: Kysely<Database>;
  kind: DatabaseKind;
  close(): Promise<void>;
}

export async function openDatabase(options: {
  databaseUrl: string | null;
  dataDir: string;
  poolSize?: number;
}): Promise<OpenDatabase> {
  if (options.databaseUrl) {
    const { default: pg } = await import('pg');
    // Same scheme for every request: timestamps stay Dates, counts are cast to int in SQL.
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    pool.on('error', (error) => console.error('collector: idle PostgreSQL connection failed:', error.message));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  // A folder path means "persist here"; memory:// keeps tests off the disk.
  if (!options.dataDir.startsWith('memory://')) mkdirSync(options.dataDir, { recursive: true });
  const database = await PGlite.create(options.dataDir);
  const db = new Kysely<Database>({ dialect: new PGliteDialect(database) });
  return { db, kind: 'embedded', close: () => db.destroy() };
}
