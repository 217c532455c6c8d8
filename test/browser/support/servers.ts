// The other servers a browser suite can run its pages on (support/suite.ts `server`): the demo
// (packages/demo/server.mjs) and the consent-record collector (packages/collector) on an
// in-memory database, alone or with the demo sending records to it.
import type { Server } from 'node:http';
import { type DemoServerOptions, startDemoServer } from '../../../packages/demo/server.mjs';
import type { CollectorConfig } from '../../../packages/collector/src/config';
import { type RunningCollector, startCollector } from '../../../packages/collector/src/server';
import type { SuiteServer } from './suite';

const closeServer = (server: Server) => new Promise<void>((done) => server.close(() => done()));

/** The demo sites on a free port of 127.0.0.1. */
export async function demoServer(options: DemoServerOptions = {}): Promise<SuiteServer> {
  const { server, origin } = await startDemoServer(0, options);
  return { origin, close: () => closeServer(server) };
}

export interface CollectorServer extends SuiteServer {
  collector: RunningCollector;
}

/** A collector on 127.0.0.1 with an in-memory database; its origin is the collector's own. */
export async function collectorServer(
  settings: Partial<CollectorConfig> & { adminToken: string },
): Promise<CollectorServer> {
  const collector = await startCollector(
    {
      port: 0,
      host: '127.0.0.1',
      dataDir: 'memory://',
      databaseUrl: null,
      allowedOrigins: [],
      retentionMonths: 24,
      rateLimitPerMinute: 0,
      trustProxy: false,
      ...settings,
    },
    () => {},
  );
  return { origin: collector.url, collector, close: () => collector.stop() };
}

/** The demo sites sending their consent records to a collector (`collector`); origin is the demo's. */
export async function demoWithCollector(
  settings: Partial<CollectorConfig> & { adminToken: string },
): Promise<CollectorServer> {
  const { collector } = await collectorServer(settings);
  const { server, origin } = await startDemoServer(0, {
    collectorUrl: collector.url,
    collectorToken: settings.adminToken,
  });
  return {
    origin,
    collector,
    async close() {
      await closeServer(server);
      await collector.stop();
    },
  };
}
