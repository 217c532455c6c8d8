// The yearly figures of the CCPA regulations §7102 for the requests this service sees: opt-outs of
// sale and of sharing (the SDK's records are those requests), per source (GPC signal, Decline,
// the Do Not Sell link…), plus daily counts and breakdowns for the dashboard.
//  - received: records whose stored choice carries that opt-out;
//  - complied: the same records: the SDK applies an opt-out in the browser the moment it is
//    stored, before the record is sent;
//  - denied: records made while a GPC signal was present that do not carry the opt-out (the site
//    ignores GPC, or the visitor confirmed an opt-in over it);
//  - medianDaysToRespond: the median of (received − decided) in days: the choice itself took
//    effect at once, so this measures only how late its record arrived.
// An opt-out the business applied itself is not a request: a record with source "default" and
// knownChild true carries the known-child rule (the site marked the visitor as under 16, so sale
// and sharing stay off until an opt-in: docs/semantics.md), which nobody asked for. Such records
// are left out of received, complied and denied, and counted on their own as knownChildOptOuts;
// the daily counts and breakdowns likewise keep them out of optOuts and count them apart.
// A known child who clicked Decline, used the link or sent GPC made a request: counted as any.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../database/schema.js';
import { BUSINESS_SOURCE } from './record-schema.js';

export interface RequestFigures {
  type: 'opt-out-of-sale' | 'opt-out-of-sharing';
  source: string;
  received: number;
  complied: number;
  denied: number;
  medianDaysToRespond: number | null;
}

export interface Breakdown {
  key: string | null;
  records: number;
  /** Records that opt out of sale or sharing by a request (the known-child rule's are not). */
  optOuts: number;
  /** Records whose opt-out the known-child rule applied. */
  knownChildOptOuts: number;
}

export interface Metrics {
  year: number;
  requests: RequestFigures[];
  /** Opt-outs applied by the known-child rule, per request type: not requests, so not in `requests`. */
  knownChildOptOuts: Record<RequestFigures['type'], number>;
  daily: {
    day: string;
    records: number;
    optOuts: number;
    knownChildOptOuts: number;
    bySource: Record<string, number>;
  }[];
  bySource: Breakdown[];
  byRegion: Breakdown[];
  byRevision: Breakdown[];
}

const TYPES = [
  { type: 'opt-out-of-sale', column: sql.ref('sale_opt_out') },
  { type: 'opt-out-of-sharing', column: sql.ref('share_opt_out') },
] as const;

/** The record carries the known-child rule, not a request (see the header). Null (not reported) is not true. */
const byKnownChildRule = sql`(source = ${BUSINESS_SOURCE} and known_child is true)`;
/** Per record: it opts out of sale or sharing by a request, or by the known-child rule. */
const optOutCounts = sql`
  count(*) filter (where (sale_opt_out or share_opt_out) and not ${byKnownChildRule})::int as opt_outs,
  count(*) filter (where (sale_opt_out or share_opt_out) and ${byKnownChildRule})::int as known_child_opt_outs`;

interface CountRow {
  records: number;
  opt_outs: number;
  known_child_opt_outs: number;
}

interface RequestRow {
  source: string;
  received: number;
  denied: number;
  median_days: number | null;
  known_child: number;
}

/** The §7102 rows per request type and source, and apart from them the opt-outs the known-child rule applied. */
async function requestFigures(
  db: Kysely<Database>,
  from: Date,
  to: Date,
): Promise<Pick<Metrics, 'requests' | 'knownChildOptOuts'>> {
  const requests: RequestFigures[] = [];
  const knownChildOptOuts = { 'opt-out-of-sale': 0, 'opt-out-of-sharing': 0 };
  for (const { type, column } of TYPES) {
    const requested = sql`(${column} and not ${byKnownChildRule})`;
    const result = await sql<RequestRow>`
      select source,
        count(*) filter (where ${requested})::int as received,
        count(*) filter (where gpc and not ${column} and not ${byKnownChildRule})::int as denied,
        (percentile_cont(0.5) within group (order by extract(epoch from (received_at - decided_at)) / 86400)
          filter (where ${requested}))::float8 as median_days,
        count(*) filter (where ${column} and ${byKnownChildRule})::int as known_child
      from records where decided_at >= ${from} and decided_at < ${to}
      group by source order by source`.execute(db);
    for (const row of result.rows) {
      knownChildOptOuts[type] += row.known_child;
      if (!row.received && !row.denied) continue;
      requests.push({
        type,
        source: row.source,
        received: row.received,
        complied: row.received,
        denied: row.denied,
        medianDaysToRespond: row.median_days == null ? null : Math.round(Math.max(0, row.median_days) * 100) / 100,
      });
    }
  }
  return { requests, knownChildOptOuts };
}

export async function yearMetrics(db: Kysely<Database>, year: number): Promise<Metrics> {
  const from = new Date(Date.UTC(year, 0, 1));
  const to = new Date(Date.UTC(year + 1, 0, 1));
  const { requests, knownChildOptOuts } = await requestFigures(db, from, to);
  const dailyRows = await sql<CountRow & { day: string; source: string }>`
    select to_char(decided_at at time zone 'UTC', 'YYYY-MM-DD') as day, source, count(*)::int as records, ${optOutCounts}
    from records where decided_at >= ${from} and decided_at < ${to}
    group by 1, 2 order by 1, 2`.execute(db);
  const daily = new Map<string, Metrics['daily'][number]>();
  for (const row of dailyRows.rows) {
    const day = daily.get(row.day) ?? { day: row.day, records: 0, optOuts: 0, knownChildOptOuts: 0, bySource: {} };
    day.records += row.records;
    day.optOuts += row.opt_outs;
    day.knownChildOptOuts += row.known_child_opt_outs;
    day.bySource[row.source] = row.records;
    daily.set(row.day, day);
  }
  const breakdown = async (column: 'source' | 'region' | 'revision'): Promise<Breakdown[]> => {
    const result = await sql<CountRow & { key: string | null }>`
      select ${sql.ref(column)} as key, count(*)::int as records, ${optOutCounts}
      from records where decided_at >= ${from} and decided_at < ${to}
      group by 1 order by 2 desc limit 50`.execute(db);
    return result.rows.map((r) => ({
      key: r.key,
      records: r.records,
      optOuts: r.opt_outs,
      knownChildOptOuts: r.known_child_opt_outs,
    }));
  };
  return {
    year,
    requests,
    knownChildOptOuts,
    daily: [...daily.values()],
    bySource: await breakdown('source'),
    byRegion: await breakdown('region'),
    byRevision: await breakdown('revision'),
  };
}
