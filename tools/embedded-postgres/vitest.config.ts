import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Starts one in-memory embedded PostgreSQL shared by the test files.
    globalSetup: ['src/testing/pglite-global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
