// Types for server.mjs (used by test/browser/policies/demo-site.test.ts and test/browser/records.test.ts).
import type { Server } from 'node:http';

export interface DemoServerOptions {
  csp?: boolean;
  /** A running collector: the sites then send consent records to it (through /v1/ on their origin). */
  collectorUrl?: string;
  /** Its ADMIN_TOKEN, for the inspector's dashboard link. */
  collectorToken?: string;
}

export function createDemoServer(options?: DemoServerOptions): Server;
/** Starts the demo on 127.0.0.1 (port 0: any free port). */
export function startDemoServer(
  port?: number,
  options?: DemoServerOptions,
): Promise<{ server: Server; origin: string }>;
