#!/usr/bin/env bash
# Starts the demo from a fresh clone: the five policy sites, the state inspector, the SPA and the React app on
# http://127.0.0.1:4173/ (PORT=… to change). Installs what it needs, builds the SDK, its JSON
# Schema, the SPA and the React app, then serves.
set -euo pipefail
cd "$(dirname "$0")/.."
PNPM="npx -y pnpm@12.21.0"
$PNPM install --frozen-lockfile
$PNPM run build
exec node packages/demo/server.mjs
