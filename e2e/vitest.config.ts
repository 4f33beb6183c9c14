import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['*/*.test.ts'],
    globalSetup: ['./setup/e2e-global-setup.ts'],
    // Scenarios start and stop the admin remote's server on its one port: never two at once.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
