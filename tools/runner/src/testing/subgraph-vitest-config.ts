import { defineConfig } from 'vitest/config';

/**
 * The test projects of every subgraph: `unit` (domain rules, Prisma schema checks and the SDL
 * check; no database, db.ts only needs a URL to build its lazy pool) and `hub` (operations through
 * the gateway of the real hub, which the runner's global setup starts once; files run one after
 * another as they share its data).
 */
export function subgraphVitestConfig() {
  return defineConfig({
    test: {
      projects: [
        {
          test: {
            name: 'unit',
            include: ['src/**/*.test.ts', 'prisma/**/*.test.ts', 'tests/sdl.test.ts'],
            env: { DATABASE_URL: 'postgresql://localhost/unit-tests-use-no-database' },
          },
        },
        {
          test: {
            name: 'hub',
            include: ['tests/hub/**/*.test.ts'],
            globalSetup: ['@jiguan/runner/testing/hub-global-setup'],
            fileParallelism: false,
            testTimeout: 30_000,
            hookTimeout: 180_000,
          },
        },
      ],
    },
  });
}
