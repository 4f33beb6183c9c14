import { resolve } from 'node:path';
import type { SubgraphFetcherKind } from './plugins/subgraph-fetcher.ts';

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
  /** How requests go to the subgraphs (`GATEWAY_SUBGRAPH_FETCHER`: undici (default), fetch, make-fetch-happen). */
  subgraphFetcher: SubgraphFetcherKind;
  /** Most open keep-alive connections to one subgraph (`GATEWAY_SUBGRAPH_CONNECTIONS`, default 128; undici only). */
  subgraphConnections: number;
  /** Send an identical subgraph query only once while it is in flight (`GATEWAY_DEDUPE_QUERIES=0` turns it off). */
  dedupeSubgraphQueries: boolean;
  /** Tokens remembered as verified (`GATEWAY_TOKEN_CACHE_SIZE`, default 10000; 0 verifies every request). */
  tokenCacheSize: number;
  /** How long a verification is trusted (`GATEWAY_TOKEN_CACHE_SECONDS`, default 60; never past the token's expiry). */
  tokenCacheSeconds: number;
  /**
   * @apollo/gateway's anonymous usage data sent to Apollo (cloud metadata probes at start, hourly
   * OTLP metrics). Off unless `APOLLO_TELEMETRY_DISABLED=false`: the hub runs on closed networks.
   */
  apolloTelemetry: boolean;
  /**
   * Gzip /graphql answers of at least this many bytes for clients that accept it
   * (`GATEWAY_COMPRESS_MIN_BYTES`, default 1024; `off` never compresses).
   */
  compressMinBytes: number | null;
}

const FETCHERS: readonly SubgraphFetcherKind[] = ['undici', 'fetch', 'make-fetch-happen'];

function fetcherKind(value: string | undefined): SubgraphFetcherKind {
  if (value === undefined || value === '') return 'undici';
  if (!(FETCHERS as readonly string[]).includes(value)) throw new Error(`GATEWAY_SUBGRAPH_FETCHER must be one of ${FETCHERS.join(', ')}`);
  return value as SubgraphFetcherKind;
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
    subgraphFetcher: fetcherKind(env.GATEWAY_SUBGRAPH_FETCHER),
    subgraphConnections: Number(env.GATEWAY_SUBGRAPH_CONNECTIONS ?? 128),
    dedupeSubgraphQueries: env.GATEWAY_DEDUPE_QUERIES !== '0',
    tokenCacheSize: Number(env.GATEWAY_TOKEN_CACHE_SIZE ?? 10_000),
    tokenCacheSeconds: Number(env.GATEWAY_TOKEN_CACHE_SECONDS ?? 60),
    apolloTelemetry: env.APOLLO_TELEMETRY_DISABLED === 'false' || env.APOLLO_TELEMETRY_DISABLED === '0',
    compressMinBytes: env.GATEWAY_COMPRESS_MIN_BYTES === 'off' ? null : Number(env.GATEWAY_COMPRESS_MIN_BYTES ?? 1024),
  };
}
