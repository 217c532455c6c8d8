#!/usr/bin/env bash
# Starts the demo (marketing site per policy + SPA) from a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."
PNPM="npx -y pnpm@12.21.0"
$PNPM install --frozen-lockfile
$PNPM run build
exec node packages/demo/server.mjs
