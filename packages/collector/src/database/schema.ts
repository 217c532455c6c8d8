// The tables as Kysely sees them. One append-only table of records; the key (id, decided_at)
// makes a retried send land on the row it already wrote.
import type { ColumnType } from 'kysely';

export interface RecordsTable {
  id: string;
  decided_at: Date;
  received_at: ColumnType<Date, Date | undefined, never>;
  revision: string;
  fingerprint: string;
  mode: string;
  region: string | null;
  source: string;
  /** jsonb: category id → allowed. Written as JSON text. */
  categories: ColumnType<Record<string, boolean>, string, never>;
  sale_opt_out: boolean;
  share_opt_out: boolean;
  gpc: boolean;
  /** Null: the record's SDK did not report it (migration 0002_known_child). */
  known_child: boolean | null;
  language: string;
  page: string;
  ip_prefix: string | null;
  ua_family: string;
}

export interface Database {
  records: RecordsTable;
}
