import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

/**
 * Four projects: `unit` (the gateway's parts alone: compression, the subgraph client, dedupe),
 * `federation` (one small supergraph per case, its subgraphs and our gateway started in the test
 * process), `bi` (the BI exports and OData feed over fixture views, on PGlite and PostgreSQL), and
 * `hub` (through the gateway of the real hub, which the runner's global setup starts once; files
 * run one after another as they share its data).
 */
export default defineConfig({
  // graphql 16 ships CommonJS (`main`) and ESM (`module`) builds of itself; the router runtime, run by
  // Node from node_modules, gets the CommonJS one, so the gateway's own code must too (one graphql).
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'federation', include: ['tests/federation/**/*.test.ts'], testTimeout: 30_000 } },
      {
        extends: true,
        test: {
          name: 'bi',
          include: ['tests/bi/**/*.test.ts'],
          // The embedded PostgreSQL always, and the real server of TEST_DATABASE_URL when set (databaseTargets).
          globalSetup: ['@jiguan/embedded-postgres/testing/pglite-global-setup'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'hub',
          include: ['tests/*.test.ts', 'tests/security/**/*.test.ts'],
          globalSetup: ['@jiguan/runner/testing/hub-global-setup'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
