#!/usr/bin/env node
// `privacy-choices validate config.json [...]`: validates configs with the SDK's zod schema at
// publish time and prints the `data-validated` fingerprint to put on the config element, so that
// visitors' browsers never download the validator. Warns (exit code 0) about valid configs that
// would make the site's signals or words untrue somewhere.
import { readFileSync } from 'node:fs';
import { configFingerprint, configWarnings, formatWarning, validateConfig } from '../dist/esm/validate.js';

const [command, ...files] = process.argv.slice(2);
if (command !== 'validate' || !files.length) {
  console.error('usage: privacy-choices validate <config.json> [...]');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  try {
    const config = JSON.parse(readFileSync(file, 'utf8'));
    validateConfig(config);
    for (const warning of configWarnings(config)) console.warn(`${file}: ${formatWarning(warning)}`);
    console.log(
      `${file}: valid\n  <script type="application/json" id="privacy-choices-config" data-validated="${configFingerprint(config)}">`,
    );
  } catch (error) {
    failed = true;
    console.error(`${file}: ${error.message}`);
  }
}
process.exit(failed ? 1 : 0);
