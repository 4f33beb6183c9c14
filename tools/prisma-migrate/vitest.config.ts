import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Starts one in-memory embedded PostgreSQL shared by the test files.
    globalSetup: ['@jiguan/embedded-postgres/testing/pglite-global-setup'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
