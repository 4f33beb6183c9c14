import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One in-memory embedded PostgreSQL for all test files; the fixture's client generated if stale.
    globalSetup: ['@jiguan/embedded-postgres/testing/pglite-global-setup', 'tests/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
