import { defineConfig } from 'vitest/config';

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/sdk/src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          // Property tests run hundreds of cases: room for a loaded CI machine.
          testTimeout: 30_000,
        },
      },
      {
        // The React bindings again, under React 18 (the unit project runs them under React 19).
        extends: true,
        resolve: {
          alias: [
            { find: /^react$/, replacement: 'react18' },
            { find: /^react\/(.*)$/, replacement: 'react18/$1' },
            { find: /^react-dom$/, replacement: 'react-dom18' },
            { find: /^react-dom\/(.*)$/, replacement: 'react-dom18/$1' },
          ],
        },
        test: {
          name: 'react18',
          include: ['packages/sdk/src/react/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
        },
      },
      {
        // The packed npm tarball, installed into fresh projects (offline; needs the build).
        extends: true,
        test: {
          name: 'package',
          include: ['test/package/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // The consent-record service: on PGlite always, on PostgreSQL too when DATABASE_URL is set
          // (scripts/with-postgres.sh). Files one at a time: each starts databases and servers.
          name: 'collector',
          include: ['packages/collector/test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
