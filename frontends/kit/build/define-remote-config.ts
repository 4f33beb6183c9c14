import { federation } from '@module-federation/vite';
import vue from '@vitejs/plugin-vue';
import { type BuildEnvironmentOptions, defineConfig, type UserConfig } from 'vite';
import { featureFlags } from './feature-flags.ts';
import { sharedSingletons } from './shared-singletons.ts';

export interface RemoteConfigOptions {
  /** The registry entry's name: the shell loads `<name>/App` and mounts it under `/<name>`. */
  name: string;
  /**
   * Where the remote is served from, as in the gateway's registry: the environment variable
   * (e.g. `ADMIN_REMOTE_URL`) and the URL used when it is not set.
   */
  publicUrl: { variable: string; default: string };
  /** Build settings beyond the common ones, e.g. a chunk of its own for a large library. */
  build?: BuildEnvironmentOptions;
}

/**
 * The Vite config of a micro-frontend remote: Vue, the federation plugin exposing `./App` with the
 * shared singletons, an absolute base (the shell, on another origin, fetches the chunks from
 * here), and in development the same-origin proxy to the gateway.
 */
export function defineRemoteConfig(options: RemoteConfigOptions): UserConfig {
  const publicUrl = (process.env[options.publicUrl.variable] ?? options.publicUrl.default).replace(/\/$/, '');
  const gatewayProxy = { target: process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000', changeOrigin: true };
  return defineConfig({
    base: `${publicUrl}/`,
    plugins: [
      vue(),
      federation({
        name: options.name,
        filename: 'remoteEntry.js',
        manifest: true,
        exposes: { './App': './src/App.vue' },
        shared: Object.fromEntries(sharedSingletons.map((name) => [name, { singleton: true }])),
        shareStrategy: 'loaded-first',
        // Types are not shared across the federation boundary; the shell only needs `./App` as a component.
        dts: false,
      }),
    ],
    define: featureFlags,
    server: {
      port: Number(new URL(publicUrl).port),
      strictPort: true,
      origin: publicUrl,
      proxy: { '/graphql': gatewayProxy, '/registry.json': gatewayProxy, '/healthz': gatewayProxy },
    },
    build: {
      target: 'es2022',
      // The largest chunk is Element Plus, only fetched standalone: in the shell the shell's copy is used.
      chunkSizeWarningLimit: 1024,
      ...options.build,
    },
  });
}
