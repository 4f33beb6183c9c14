import { resolve } from 'node:path';
import { BENCH_ROOT, REPO_ROOT, TSX } from './paths.ts';
import type { ServerSpec } from './server-under-test.ts';

export interface GatewaySetup {
  /** The supergraph file every gateway serves (subgraph URLs pointing at the bench hub). */
  supergraphPath: string;
  /** The directory's JWKS, for our gateway's token verification. */
  jwksUrl: string;
}

/** Every gateway runs in production mode: no landing page, no introspection by default, no file watching. */
const PRODUCTION = { NODE_ENV: 'production' };

const graphqlUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;

/**
 * Our gateway as shipped: gateway/src/main.ts, configured by env only. Its subgraph URLs come from
 * the SUPERGRAPH_PATH file, as the peers' do (no SUBGRAPH_URL_* given). `env` adds settings, e.g. to
 * turn one of its optimisations off for a comparison.
 */
export function oursSpec(setup: GatewaySetup, port: number, name = 'ours', env: Record<string, string> = {}): ServerSpec {
  return {
    name,
    nodeArgs: [...TSX, 'src/main.ts'],
    cwd: resolve(REPO_ROOT, 'gateway'),
    // The rate limit stays on, with a budget the load never spends: its work is measured, never a refusal.
    env: { ...PRODUCTION, PORT: String(port), SUPERGRAPH_PATH: setup.supergraphPath, JWKS_URL: setup.jwksUrl, GATEWAY_RATE_POINTS: String(Number.MAX_SAFE_INTEGER), ...env },
    url: graphqlUrl(port),
  };
}

/** Hive Gateway's CLI on the supergraph file (one process: `--fork` defaults to 1), with `extraArgs`. */
function hiveSpec(name: string, setup: GatewaySetup, port: number, extraArgs: string[] = []): ServerSpec {
  return {
    name,
    nodeArgs: [
      resolve(BENCH_ROOT, 'node_modules/@graphql-hive/gateway/dist/bin.js'),
      'supergraph',
      setup.supergraphPath,
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--config-path',
      resolve(BENCH_ROOT, 'src/peers/hive-gateway.config.ts'),
      ...extraArgs,
    ],
    cwd: BENCH_ROOT,
    env: PRODUCTION,
    url: graphqlUrl(port),
  };
}

/**
 * The peers, each on the same supergraph file and passing the caller's Authorization header on:
 * plain @apollo/gateway + @apollo/server with their defaults (startStandaloneServer), Hive
 * Gateway's CLI with its defaults (its JavaScript query planner), and Hive Gateway with the Rust
 * query planner our gateway executes through (`--hive-router-runtime`, @graphql-hive/router-runtime).
 */
export function peerSpecs(setup: GatewaySetup, firstPort: number): ServerSpec[] {
  return [
    {
      name: 'apollo-default',
      nodeArgs: [...TSX, resolve(BENCH_ROOT, 'src/peers/apollo-default.ts'), setup.supergraphPath, String(firstPort)],
      cwd: BENCH_ROOT,
      env: PRODUCTION,
      url: graphqlUrl(firstPort),
    },
    hiveSpec('hive', setup, firstPort + 1),
    hiveSpec('hive-rust', setup, firstPort + 2, ['--hive-router-runtime']),
  ];
}
