#!/usr/bin/env bash
# Starts the demo from a fresh clone: the five policy sites, the state inspector, the preact SPA and the React app on
# http://127.0.0.1:4173/ (PORT=… to change), and the consent-record collector (embedded database
# in .collector-data, port COLLECTOR_PORT, default 8787) that the sites send their records to;
# its dashboard opens from the inspector. Installs what it needs, builds the SDK, its JSON Schema,
# the SPA, the React app and the collector, then serves. Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
PNPM="npx -y pnpm@12.21.0"
$PNPM install --frozen-lockfile
$PNPM run build

COLLECTOR_PORT="${COLLECTOR_PORT:-8787}"
export COLLECTOR_ADMIN_TOKEN="${COLLECTOR_ADMIN_TOKEN:-demo-admin-token}"
# The sites reach the collector through the demo server (same origin), which forwards the
# visitor's address: TRUST_PROXY lets the collector read it.
PORT="$COLLECTOR_PORT" HOST=127.0.0.1 ADMIN_TOKEN="$COLLECTOR_ADMIN_TOKEN" TRUST_PROXY=1 \
  node packages/collector/bin/privacy-choices-collector.mjs &
COLLECTOR_PID=$!
trap 'kill "$COLLECTOR_PID" 2>/dev/null || true' EXIT INT TERM
for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$COLLECTOR_PORT/healthz" >/dev/null 2>&1 && break
  kill -0 "$COLLECTOR_PID" 2>/dev/null || { echo "demo: the collector did not start" >&2; exit 1; }
  sleep 0.5
done
export COLLECTOR_URL="http://127.0.0.1:$COLLECTOR_PORT"
node packages/demo/server.mjs
