// Starts the collector: reads the environment, opens the database (PGlite in DATA_DIR, or
// PostgreSQL at DATABASE_URL), migrates, then listens. GET /healthz answers only once the
// migrations are done, because the port opens only then.
import { serve, type ServerType } from '@hono/node-server';
import { readConfig, type CollectorConfig } from './config.js';
import { migrate } from './database/migrations.js';
import { openDatabase, type OpenDatabase } from './database/open.js';
import { ensurePartitions } from './database/partitions.js';
import { createApp } from './http/app.js';
import { MAX_CLOCK_SKEW_MS, MAX_RECORD_AGE_MS } from './records/record-schema.js';
import { applyRetention } from './records/retention.js';

const DAY_MS = 24 * 3600 * 1000;

export interface RunningCollector {
  url: string;
  port: number;
  database: OpenDatabase;
  stop(): Promise<void>;
}

/** Partitions for every month a valid record can fall in, now and a month ahead. */
export async function maintain(database: OpenDatabase, config: CollectorConfig, log: (line: string) => void) {
  const now = Date.now();
  await ensurePartitions(
    database.db,
    new Date(now - MAX_RECORD_AGE_MS),
    new Date(now + MAX_CLOCK_SKEW_MS + 40 * DAY_MS),
  );
  const result = await applyRetention(database.db, config.retentionMonths);
  if (result.deletedRows || result.droppedPartitions.length) {
    log(
      `collector: retention removed ${result.deletedRows} records and ${result.droppedPartitions.length} monthly partitions older than ${result.cutoff}`,
    );
  }
}

export async function startCollector(
  config: CollectorConfig = readConfig(),
  log: (line: string) => void = console.log,
): Promise<RunningCollector> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: Number(process.env.PG_POOL_SIZE) || undefined,
  });
  await migrate(database.db);
  await maintain(database, config, log);
  const { app, stop: stopApp } = createApp({
    db: database.db,
    config,
    writeConcurrency: database.kind === 'postgres' ? 4 : 1,
  });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  // Retention and next month's partition, daily; never keeps the process alive by itself.
  const timer = setInterval(() => {
    maintain(database, config, log).catch((error) => console.error('collector: maintenance failed:', error.message));
  }, DAY_MS);
  timer.unref();
  log(
    `collector: ${database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `embedded database in ${config.dataDir}`}, records kept ${config.retentionMonths} months`,
  );
  if (!config.adminToken)
    log('collector: admin endpoints and /dashboard are disabled (set ADMIN_TOKEN to enable them)');
  log(`collector: listening on http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`);
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    database,
    async stop() {
      clearInterval(timer);
      stopApp();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}
