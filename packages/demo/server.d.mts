// Types for server.mjs (used by test/browser/policies/demo-site.test.ts).
import type { Server } from 'node:http';

export function createDemoServer(options?: { csp?: boolean }): Server;
/** Starts the demo on 127.0.0.1 (port 0: any free port). */
export function startDemoServer(port?: number): Promise<{ server: Server; origin: string }>;
