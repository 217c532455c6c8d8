#!/usr/bin/env node
// `pnpm bench:collector`: a bounded load test of the consent-record collector on loopback.
// For the embedded database (PGlite, a fresh data folder) and for PostgreSQL (DATABASE_URL, set
// by scripts/with-postgres.sh), it starts the built collector as its own process, sends unique
// valid records with autocannon (50 connections, 10 s by default) to POST /v1/records, then
// checks through the admin export that every acknowledged (2xx) record is stored. Writes
// bench/collector.md. A benchmark, not a test: it fails only when an acknowledged record is
// missing or a database could not be measured.
//
//   node bench/collector.mjs [--duration 10] [--connections 50] [--out bench/collector.md] [--no-write]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const require = createRequire(join(ROOT, 'packages/collector/package.json'));
const autocannon = require('autocannon');
const pg = require('pg');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const DURATION = Number(option('--duration', 10));
const CONNECTIONS = Number(option('--connections', 50));
const OUT = resolve(ROOT, option('--out', 'bench/collector.md'));
const TOKEN = 'bench-admin-token';
const BIN = join(ROOT, 'packages/collector/bin/privacy-choices-collector.mjs');

function startCollector(env) {
  const child = spawn(process.execPath, [BIN], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '0', ADMIN_TOKEN: TOKEN, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((ok, fail) => {
    const onData = (data) => {
      output += data;
      const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(output);
      if (match) ok({ child, url: match[1] });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => fail(new Error(`collector exited (${code}):\n${output}`)));
  });
}

const stop = (child) =>
  new Promise((ok) => {
    if (child.exitCode != null) return ok();
    child.once('exit', ok);
    child.kill('SIGTERM');
  });

async function freshPostgres(url) {
  const name = `collector_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = '/' + name;
  return target.toString();
}

async function measure(label, env) {
  const started = Date.now();
  const { child, url } = await startCollector(env);
  console.log(`${label}: collector up in ${((Date.now() - started) / 1000).toFixed(1)} s at ${url}`);
  const acknowledged = new Set();
  let sequence = 0;
  const now = Math.floor(Date.now() / 1000) * 1000;
  const prefix = label === 'PostgreSQL' ? 'p' : 'e';
  const result = await autocannon({
    url: url + '/v1/records',
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [
      {
        method: 'POST',
        setupRequest(request, context) {
          const id = prefix + (sequence++).toString(36).padStart(9, '0');
          context.id = id;
          request.body = JSON.stringify({
            id,
            decidedAt: now - (sequence % 86_400) * 1000,
            revision: '2026-11',
            fingerprint: '1x2y3z',
            mode: 'opt-out',
            region: 'US-CA',
            source: sequence % 3 ? 'banner' : 'gpc',
            categories: { necessary: true, analytics: false, advertising: false },
            saleOptOut: true,
            shareOptOut: true,
            gpc: sequence % 3 === 0,
            language: 'en-us',
            page: 'https://shop.example/checkout',
          });
          request.headers = { 'content-type': 'text/plain;charset=UTF-8' };
          return request;
        },
        onResponse(status, _body, context) {
          if (status >= 200 && status < 300) acknowledged.add(context.id);
        },
      },
    ],
  });
  const exported = await fetch(url + '/v1/export?format=jsonl', { headers: { Authorization: `Bearer ${TOKEN}` } });
  const stored = new Set();
  for (const line of (await exported.text()).split('\n')) if (line) stored.add(JSON.parse(line).id);
  await stop(child);
  const lost = [...acknowledged].filter((id) => !stored.has(id)).length;
  const non2xx = result.non2xx + result.errors + result.timeouts;
  const row = {
    label,
    recordsPerSecond: Math.round(acknowledged.size / DURATION),
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    acknowledged: acknowledged.size,
    stored: stored.size,
    lost,
    failed: non2xx,
  };
  console.log(
    `${label}: ${row.recordsPerSecond} records/s, p50 ${row.p50} ms, p99 ${row.p99} ms, ${row.acknowledged} acknowledged, ${lost} lost, ${non2xx} failed`,
  );
  return row;
}

const load = os
  .loadavg()
  .map((n) => n.toFixed(2))
  .join(' / ');
const rows = [];
const dataDir = mkdtempSync(join(os.tmpdir(), 'collector-bench-'));
try {
  rows.push(await measure('embedded (PGlite)', { DATA_DIR: dataDir, DATABASE_URL: '' }));
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
if (process.env.DATABASE_URL)
  rows.push(await measure('PostgreSQL', { DATABASE_URL: await freshPostgres(process.env.DATABASE_URL) }));
else
  console.log(
    'PostgreSQL: skipped (no DATABASE_URL; `pnpm bench:collector` starts one through scripts/with-postgres.sh)',
  );
const loadAfter = os
  .loadavg()
  .map((n) => n.toFixed(2))
  .join(' / ');

const TARGETS = { PostgreSQL: '≥ 2,000 records/s, p99 < 50 ms', 'embedded (PGlite)': '≥ 500 records/s' };
const markdown = `# Collector load test

\`pnpm bench:collector\` (bench/collector.mjs): the built collector as its own process on 127.0.0.1,
autocannon with ${CONNECTIONS} connections for ${DURATION} s per database, each request a new valid record
(POST /v1/records). Afterwards every acknowledged (2xx) record is looked up in the admin export.

Run ${new Date().toISOString()} on ${os.cpus().length} CPU cores (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}.
Load average (1 / 5 / 15 min) before: ${load}; after: ${loadAfter}. The machine is shared with other
work, so the figures are a floor, not a ceiling.

| database | records/s | p50 ms | p99 ms | max ms | acknowledged | stored | lost | failed requests | target |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
${rows.map((r) => `| ${r.label} | ${r.recordsPerSecond.toLocaleString('en-US')} | ${r.p50} | ${r.p99} | ${r.max} | ${r.acknowledged} | ${r.stored} | ${r.lost} | ${r.failed} | ${TARGETS[r.label]} |`).join('\n')}
`;
console.log('\n' + markdown);
if (!args.includes('--no-write')) writeFileSync(OUT, markdown);
if (rows.some((r) => r.lost > 0)) {
  console.error('bench: acknowledged records are missing');
  process.exit(1);
}
