// Runs the built collector as a child process, as an operator would (`privacy-choices-collector`).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const BIN = `${PACKAGE_DIR}bin/privacy-choices-collector.mjs`;

/** Compiles src/ to dist/ (what the bin runs), so a test never runs a stale build. */
export function buildCollector() {
  execFileSync(process.execPath, [`${PACKAGE_DIR}../../node_modules/typescript/bin/tsc`, '-p', PACKAGE_DIR], {
    stdio: 'inherit',
  });
}

export interface CollectorProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
}

export function startCollectorProcess(env: Record<string, string>): Promise<CollectorProcess> {
  const child = spawn(process.execPath, [BIN], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('collector did not start:\n' + output)), 180_000);
    const onData = (data: Buffer) => {
      output += data.toString();
      const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!, output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`collector exited (${code}) before listening:\n${output}`));
    });
  });
}

export function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode != null || child.signalCode != null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}
