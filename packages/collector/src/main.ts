// The command (`pnpm collector`, `privacy-choices-collector`): start, and stop cleanly on
// SIGINT/SIGTERM so the embedded database closes its files.
import { ConfigError, readConfig } from './config.js';
import { startCollector } from './server.js';

export async function main() {
  let config;
  try {
    config = readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`collector: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const collector = await startCollector(config);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    collector.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
