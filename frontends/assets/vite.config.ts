import { featureFlags } from '@jiguan/kit/build/feature-flags';
import { sharedSingletons } from '@jiguan/kit/build/shared-singletons';
import { federation } from '@module-federation/vite';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/**
 * Where this remote is served from (`ASSETS_REMOTE_URL`, as in the gateway's registry). Chunks are
 * loaded from here when the shell, on another origin, mounts the remote, so it is absolute.
 */
const publicUrl = (process.env.ASSETS_REMOTE_URL ?? 'http://localhost:4102').replace(/\/$/, '');
const gatewayUrl = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000';
const gatewayProxy = { target: gatewayUrl, changeOrigin: true };

export default defineConfig({
  base: `${publicUrl}/`,
  plugins: [
    vue(),
    federation({
      // The registry entry's name: the shell loads `assets/App`.
      name: 'assets',
      filename: 'remoteEntry.js',
      manifest: true,
      // Exposes one component: the shell mounts it under the registry's route prefix (/assets).
      exposes: { './App': './src/App.vue' },
      shared: Object.fromEntries(sharedSingletons.map((name) => [name, { singleton: true }])),
      shareStrategy: 'loaded-first',
      // Types are not shared across the federation boundary; the shell only needs `./App` as a component.
      dts: false,
    }),
  ],
  define: featureFlags,
  server: {
    port: Number(new URL(publicUrl).port || 4102),
    strictPort: true,
    origin: publicUrl,
    proxy: { '/graphql': gatewayProxy, '/registry.json': gatewayProxy, '/healthz': gatewayProxy },
  },
  build: {
    target: 'es2022',
    // The largest chunks are Element Plus (only fetched standalone: in the shell the shell's copy is
    // used) and ECharts (only fetched by the pages with charts).
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      // ECharts in a chunk of its own, named so: fetched once by whichever chart page opens first.
      output: { codeSplitting: { groups: [{ name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ }] } },
    },
  },
});
