// Browser tests run Debian's Chromium (never a downloaded browser build). Installs it when
// missing and we are root (CI and fresh machines), otherwise says what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  if (process.getuid && process.getuid() === 0) {
    console.log('Installing Debian chromium (apt-get)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null', {
      stdio: 'inherit',
      shell: '/bin/bash',
    });
  } else {
    console.error(`No Chromium at ${CHROMIUM}. Run: sudo apt-get install -y chromium`);
    process.exit(1);
  }
}
console.log(execSync(`${CHROMIUM} --version`).toString().trim());
