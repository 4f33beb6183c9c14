import { featureFlags } from '@jiguan/kit/build/feature-flags';
import { sharedVersions } from '@jiguan/kit/build/shared-versions';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const gatewayUrl = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000';
const gatewayProxy = { target: gatewayUrl, changeOrigin: true };

/**
 * The shell is a plain Vite app: it loads remotes with the federation runtime alone (see
 * src/federation/), so it needs no federation build plugin and starts without any remote up.
 */
export default defineConfig({
  plugins: [vue()],
  define: {
    ...featureFlags,
    __SHARED_VERSIONS__: JSON.stringify(sharedVersions(import.meta.dirname)),
  },
  server: {
    port: Number(process.env.SHELL_PORT ?? 4100),
    strictPort: true,
    proxy: { '/graphql': gatewayProxy, '/registry.json': gatewayProxy, '/healthz': gatewayProxy },
  },
  build: {
    target: 'es2022',
    // The shell carries all of Element Plus on purpose: it is the copy every remote shares.
    chunkSizeWarningLimit: 1024,
  },
});
