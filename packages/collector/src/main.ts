// The command (`pnpm collector`, `privacy-choices-collector`): start, and stop cleanly on
// SIGINT/SIGTERM so the embedded database closes its files.
import { type CollectorConfig, ConfigError, readConfig } from './config.js';
import { startCollector } from './server.js';

/** The configuration from the environment; a bad one ends the process with status 2. */
function readConfigOrExit(): CollectorConfig {
  try {
    return readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`collector: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
}

export async function main() {
  const collector = await startCollector(readConfigOrExit());
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
