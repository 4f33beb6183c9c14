import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig, type ViteUserConfig } from 'vitest/config';
import { featureFlags } from './feature-flags.ts';

/**
 * The unit-test config of a frontend package (its `vitest.config.ts`): `src/**\/*.test.ts` in Node,
 * with single-file components compiled (the kit's entry exports some), the shared libraries' flags,
 * and an in-memory localStorage for the session and the language. Tests stub only `fetch`.
 * They run as a browser far from Shanghai would (TZ America/Los_Angeles): a page that shows or
 * reads a time in the browser's zone instead of the bureau's fails its tests.
 */
export function defineVitestConfig(): ViteUserConfig {
  return defineConfig({
    plugins: [vue()],
    define: featureFlags,
    test: {
      include: ['src/**/*.test.ts'],
      env: { TZ: 'America/Los_Angeles' },
      setupFiles: [fileURLToPath(new URL('../testing/memory-storage.ts', import.meta.url))],
    },
  });
}
