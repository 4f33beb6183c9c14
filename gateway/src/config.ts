import { resolve } from 'node:path';

/** The gateway's settings, from the environment. */
export interface GatewayConfig {
  port: number;
  /** The composed supergraph to serve (`SUPERGRAPH_PATH`); any supergraph file works, e.g. for benchmarks. */
  supergraphPath: string;
  /** Re-read the supergraph when the file changes (`SUPERGRAPH_WATCH=1`; on by default outside production). */
  watchSupergraph: boolean;
  /** Where the signing keys are published (`JWKS_URL`, default the directory's). */
  jwksUrl: string;
  issuer: string | undefined;
  audience: string | undefined;
  /** Origins allowed to call from a browser (`CORS_ORIGINS`, comma separated). */
  corsOrigins: string[];
  /** The micro-frontend registry served at /registry.json (`REGISTRY_PATH`), edited without rebuilding. */
  registryPath: string;
}

const GATEWAY_ROOT = resolve(import.meta.dirname, '..');
const REPO_ROOT = resolve(GATEWAY_ROOT, '..');

const DEFAULT_ORIGINS = Array.from({ length: 7 }, (_, i) => [`http://localhost:${4100 + i}`, `http://127.0.0.1:${4100 + i}`]).flat();

export function loadConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return {
    port: Number(env.PORT ?? 4000),
    supergraphPath: resolve(env.SUPERGRAPH_PATH ?? resolve(REPO_ROOT, 'shared-schema/supergraph.graphql')),
    watchSupergraph: env.SUPERGRAPH_WATCH ? env.SUPERGRAPH_WATCH === '1' : env.NODE_ENV !== 'production',
    jwksUrl: env.JWKS_URL ?? 'http://localhost:4001/.well-known/jwks.json',
    issuer: env.JWT_ISSUER,
    audience: env.JWT_AUDIENCE,
    corsOrigins: env.CORS_ORIGINS ? env.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean) : DEFAULT_ORIGINS,
    registryPath: resolve(env.REGISTRY_PATH ?? resolve(GATEWAY_ROOT, 'registry.json')),
  };
}
