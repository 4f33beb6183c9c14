import { resolve } from 'node:path';
import { DEFAULT_HOST } from '@jiguan/shared-schema/http/http-server';
import { queryLimitsFromEnv, type QueryLimits } from '@jiguan/shared-schema/limits/query-limits';
import type { AccountRateLimitSettings } from './concerns/account-rate-limit.ts';
import { RUNTIME_LOG_LEVELS } from './engine/runtime-log.ts';

/** The gateway's settings, all read here from the environment. */
export interface GatewayConfig {
  /** `PORT`, default 4000. */
  port: number;
  /** The address to listen on (`HOST`, default 127.0.0.1: this machine only). */
  host: string;
  /** The composed supergraph to serve (`SUPERGRAPH_PATH`); any supergraph file works: its subgraphs and URLs come from it. */
  supergraphPath: string;
  /** Re-read the supergraph when the file changes (`SUPERGRAPH_WATCH=1`; on by default outside production). */
  watchSupergraph: boolean;
  /**
   * Subgraph URLs that replace the supergraph file's, from `SUBGRAPH_URL_<NAME>` (`SUBGRAPH_URL_ASSETS=…`),
   * for any subgraph the file names; keyed by `<NAME>`.
   */
  subgraphUrlOverrides: Record<string, string>;
  /** Where the signing keys are published (`JWKS_URL`, default the directory's). */
  jwksUrl: string;
  /** Where the directory publishes the accounts' session versions (`SESSION_VERSIONS_URL`, default beside the JWKS). */
  sessionVersionsUrl: string;
  /** Expected `iss` and `aud` of tokens (`JWT_ISSUER`, `JWT_AUDIENCE`; default the directory's). */
  issuer: string | undefined;
  audience: string | undefined;
  /** Origins allowed to call from a browser (`CORS_ORIGINS`, comma separated; default the local frontends 4100–4106). */
  corsOrigins: string[];
  /** The micro-frontend registry served at /registry.json (`REGISTRY_PATH`), edited without rebuilding. */
  registryPath: string;
  /**
   * Send subgraph requests over undici's keep-alive pool (`GATEWAY_SUBGRAPH_CLIENT=pooled`, the
   * default) or Node's built-in fetch (`fetch`).
   */
  pooledSubgraphClient: boolean;
  /** Most open keep-alive connections to one subgraph (`GATEWAY_SUBGRAPH_CONNECTIONS`, default 128; pooled client only). */
  subgraphConnections: number;
  /**
   * How long a subgraph may take to answer (`GATEWAY_SUBGRAPH_TIMEOUT_MS`, default 30000): past it the
   * field fails with SUBGRAPH_UNAVAILABLE. With the pooled client, the limit is on the headers and on
   * each gap in the body.
   */
  subgraphTimeoutMs: number;
  /** Send an identical subgraph query only once while it is in flight (`GATEWAY_DEDUPE_QUERIES=0` turns it off). */
  dedupeSubgraphQueries: boolean;
  /** Tokens remembered as verified (`GATEWAY_TOKEN_CACHE_SIZE`, default 10000; 0 verifies every request). */
  tokenCacheSize: number;
  /** How long a verification is trusted (`GATEWAY_TOKEN_CACHE_SECONDS`, default 60; never past the token's expiry). */
  tokenCacheSeconds: number;
  /**
   * Gzip /graphql answers of at least this many bytes for clients that accept it
   * (`GATEWAY_COMPRESS_MIN_BYTES`, default 1024; `off` never compresses).
   */
  compressMinBytes: number | null;
  /** How long /readyz waits for each subgraph's /readyz (`GATEWAY_READINESS_TIMEOUT_MS`, default 2000). */
  readinessTimeoutMs: number;
  /**
   * The most an operation may ask for (`QUERY_MAX_DEPTH` 15, `QUERY_MAX_ALIASES` 50,
   * `QUERY_MAX_DIRECTIVES` 50, `QUERY_MAX_COST` 250000 fields the answer can hold, `QUERY_MAX_TOKENS`
   * 5000); over them it is refused before any subgraph is called.
   */
  queryLimits: QueryLimits;
  /**
   * The cost an account may spend per window, each operation charged the fields its answer can
   * hold (`GATEWAY_RATE_POINTS`, default 5000000, `0` off; `GATEWAY_RATE_WINDOW_SECONDS`, default 60),
   * shared between replicas through `REDIS_URL` when given. Over it: 429 with Retry-After.
   */
  rateLimit: AccountRateLimitSettings | null;
  /**
   * Take the caller's address from the first `x-forwarded-for` entry (`GATEWAY_TRUST_PROXY=1`, for a
   * gateway behind a reverse proxy that sets it); default the connection's own address.
   */
  trustProxy: boolean;
  /** Answer `__schema`/`__type` to anonymous callers too (`GATEWAY_ANONYMOUS_INTROSPECTION=1`; default off: signed-in callers only). */
  anonymousIntrospection: boolean;
}

const GATEWAY_ROOT = resolve(import.meta.dirname, '..');
const REPO_ROOT = resolve(GATEWAY_ROOT, '..');

const DEFAULT_ORIGINS = Array.from({ length: 7 }, (_, i) => [`http://localhost:${4100 + i}`, `http://127.0.0.1:${4100 + i}`]).flat();

const SUBGRAPH_URL_PREFIX = 'SUBGRAPH_URL_';

function subgraphUrlOverrides(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env)
      .filter((entry): entry is [string, string] => entry[0].startsWith(SUBGRAPH_URL_PREFIX) && Boolean(entry[1]))
      .map(([name, url]) => [name.slice(SUBGRAPH_URL_PREFIX.length), url]),
  );
}

function subgraphClient(value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'pooled') return true;
  if (value === 'fetch') return false;
  throw new Error('GATEWAY_SUBGRAPH_CLIENT must be pooled or fetch');
}

/**
 * `LOG_LEVEL` is read by Hive's logger inside the router runtime too, which fails every subgraph
 * call on a value it does not know (the hub's `silent` among them): refused here, at start.
 */
function checkLogLevel(value: string | undefined): void {
  if (value !== undefined && value !== '' && !(RUNTIME_LOG_LEVELS as readonly string[]).includes(value)) {
    throw new Error(`the gateway's LOG_LEVEL must be one of ${RUNTIME_LOG_LEVELS.join(', ')} (the router runtime reads it too); got "${value}"`);
  }
}

function rateLimitSettings(env: NodeJS.ProcessEnv): AccountRateLimitSettings | null {
  const points = Number(env.GATEWAY_RATE_POINTS ?? 5_000_000);
  const windowSeconds = Number(env.GATEWAY_RATE_WINDOW_SECONDS ?? 60);
  if (!Number.isInteger(points) || points < 0) throw new Error('GATEWAY_RATE_POINTS must be a whole number (0 turns the rate limit off)');
  if (!Number.isInteger(windowSeconds) || windowSeconds < 1) throw new Error('GATEWAY_RATE_WINDOW_SECONDS must be a positive whole number');
  return points === 0 ? null : { points, windowSeconds, redisUrl: env.REDIS_URL || undefined };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  checkLogLevel(env.LOG_LEVEL);
  const jwksUrl = env.JWKS_URL ?? 'http://localhost:4001/.well-known/jwks.json';
  return {
    port: Number(env.PORT ?? 4000),
    host: env.HOST || DEFAULT_HOST,
    supergraphPath: resolve(env.SUPERGRAPH_PATH ?? resolve(REPO_ROOT, 'shared-schema/supergraph.graphql')),
    watchSupergraph: env.SUPERGRAPH_WATCH ? env.SUPERGRAPH_WATCH === '1' : env.NODE_ENV !== 'production',
    subgraphUrlOverrides: subgraphUrlOverrides(env),
    jwksUrl,
    sessionVersionsUrl: env.SESSION_VERSIONS_URL ?? new URL('/session-versions', jwksUrl).href,
    issuer: env.JWT_ISSUER,
    audience: env.JWT_AUDIENCE,
    corsOrigins: env.CORS_ORIGINS ? env.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean) : DEFAULT_ORIGINS,
    registryPath: resolve(env.REGISTRY_PATH ?? resolve(GATEWAY_ROOT, 'registry.json')),
    pooledSubgraphClient: subgraphClient(env.GATEWAY_SUBGRAPH_CLIENT),
    subgraphConnections: Number(env.GATEWAY_SUBGRAPH_CONNECTIONS ?? 128),
    subgraphTimeoutMs: Number(env.GATEWAY_SUBGRAPH_TIMEOUT_MS ?? 30_000),
    dedupeSubgraphQueries: env.GATEWAY_DEDUPE_QUERIES !== '0',
    tokenCacheSize: Number(env.GATEWAY_TOKEN_CACHE_SIZE ?? 10_000),
    tokenCacheSeconds: Number(env.GATEWAY_TOKEN_CACHE_SECONDS ?? 60),
    compressMinBytes: env.GATEWAY_COMPRESS_MIN_BYTES === 'off' ? null : Number(env.GATEWAY_COMPRESS_MIN_BYTES ?? 1024),
    readinessTimeoutMs: Number(env.GATEWAY_READINESS_TIMEOUT_MS ?? 2000),
    queryLimits: queryLimitsFromEnv(env),
    rateLimit: rateLimitSettings(env),
    trustProxy: env.GATEWAY_TRUST_PROXY === '1',
    anonymousIntrospection: env.GATEWAY_ANONYMOUS_INTROSPECTION === '1',
  };
}
