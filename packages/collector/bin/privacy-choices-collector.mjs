#!/usr/bin/env node
// The consent-record collector (README "Consent records"). Built by `pnpm run build`.
import { main } from '../dist/main.js';

main().catch((error) => {
  console.error('collector: could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
