import { defineConfig } from 'vitest/config';
import { featureFlags } from './build/feature-flags.ts';

export default defineConfig({
  define: featureFlags,
  test: {
    include: ['src/**/*.test.ts'],
    setupFiles: ['./tests/memory-storage.ts'],
  },
});
