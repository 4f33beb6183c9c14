import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig, type ViteUserConfig } from 'vitest/config';
import { featureFlags } from './feature-flags.ts';

/**
 * The unit-test config of a frontend package (its `vitest.config.ts`): `src/**\/*.test.ts` in Node,
 * with single-file components compiled (the kit's entry exports some), the shared libraries' flags,
 * and an in-memory localStorage for the session and the language. Tests stub only `fetch`.
 */
export function defineVitestConfig(): ViteUserConfig {
  return defineConfig({
    plugins: [vue()],
    define: featureFlags,
    test: {
      include: ['src/**/*.test.ts'],
      setupFiles: [fileURLToPath(new URL('../testing/memory-storage.ts', import.meta.url))],
    },
  });
}
