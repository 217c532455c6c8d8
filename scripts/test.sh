#!/usr/bin/env bash
# Every test, from a fresh clone: installs pnpm deps, runs the lint and format check (Biome,
# biome.jsonc; seconds, so first), installs Debian Chromium if missing, builds,
# type-checks, runs unit + component tests (happy-dom), the size budgets, and the headless
# Chromium tests on the built bundle; the packed npm tarball is checked in fresh projects. The
# consent-record collector's tests run on its embedded database and on a throwaway PostgreSQL
# cluster (scripts/with-postgres.sh installs and starts it).
set -euo pipefail
cd "$(dirname "$0")/.."
PNPM="npx -y pnpm@12.21.0"
$PNPM install --frozen-lockfile
$PNPM run lint
node scripts/ensure-chromium.mjs
$PNPM run build
$PNPM run typecheck
$PNPM run test:unit
bash scripts/with-postgres.sh $PNPM run test:collector
$PNPM run size
$PNPM run test:package
$PNPM run test:browser
