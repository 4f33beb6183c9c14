import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['@jiguan/runner/testing/hub-global-setup'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
