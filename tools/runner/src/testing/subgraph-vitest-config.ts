import { defineConfig } from 'vitest/config';

/**
 * The test projects of every subgraph: `unit` (domain rules, Prisma schema checks and the SDL
 * check; no database, db.ts only needs a URL to build its lazy pool), `hub` (operations through
 * the gateway of the real hub, which the runner's global setup starts once; files run one after
 * another as they share its data) and `bi` (the BI views, read with `pg` from the migrated and
 * seeded database, embedded and TEST_DATABASE_URL's; one file at a time, as the embedded one has a
 * single session that a file's test logins take over).
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
        {
          test: {
            name: 'bi',
            include: ['tests/bi/**/*.test.ts'],
            globalSetup: ['@jiguan/runner/testing/hub-database-global-setup'],
            fileParallelism: false,
            testTimeout: 60_000,
            hookTimeout: 300_000,
          },
        },
      ],
    },
  });
}
