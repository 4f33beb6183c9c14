import { resolve } from 'node:path';
import { DEFAULT_HOST } from '@jiguan/shared-schema/http/http-server';
import { queryLimitsFromEnv, type QueryLimits } from '@jiguan/shared-schema/limits/query-limits';
import type { BiSettings } from './bi/bi-settings.ts';
import type { AccountRateLimitSettings } from './concerns/account-rate-limit.ts';
import type { CircuitBreakerSettings } from './concerns/circuit-breaker.ts';
import { RUNTIME_LOG_LEVELS } from './engine/runtime-log.ts';
import { overrideKey } from './engine/subgraph-endpoints.ts';

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
  /**
   * A subgraph's own limit instead, from `GATEWAY_SUBGRAPH_TIMEOUT_MS_<NAME>` (`…_ASSETS=5000`), keyed
   * by `<NAME>` as `SUBGRAPH_URL_<NAME>` is.
   */
  subgraphTimeoutOverridesMs: Record<string, number>;
  /**
   * One circuit breaker per subgraph: open after `GATEWAY_BREAKER_FAILURES` calls in a row without an
   * answer (default 5; `0` turns the breakers off), one test call after `GATEWAY_BREAKER_HALF_OPEN_MS`
   * (default 5000, so a subgraph that was restarted is called again within seconds).
   */
  circuitBreaker: CircuitBreakerSettings | null;
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
  /**
   * The BI exports (/bi/datasets) and OData feed (/odata), read over the gateway's own pool of
   * `BI_DATABASE_URL` (default `DATABASE_URL`; without either they are not served): `BI_POOL_SIZE`
   * connections (default 10), `BI_STATEMENT_TIMEOUT_MS` per read (default 300000, as the jiguan_bi
   * role's own), `BI_ODATA_PAGE_SIZE` rows per OData page (default 10000), `BI_API_KEY_TIMEOUT_MS`
   * for the directory's answer on an API key (default 5000), `BI_CATALOGUE_CACHE_MS` how long the
   * subgraphs' catalogues are remembered (default 10000).
   */
  bi: BiSettings | null;
}

const GATEWAY_ROOT = resolve(import.meta.dirname, '..');
const REPO_ROOT = resolve(GATEWAY_ROOT, '..');

const DEFAULT_ORIGINS = Array.from({ length: 7 }, (_, i) => [`http://localhost:${4100 + i}`, `http://127.0.0.1:${4100 + i}`]).flat();

/** The non-empty settings `<prefix><NAME>=value`, keyed by `<NAME>` (a subgraph's `overrideKey`). */
function bySubgraph(env: NodeJS.ProcessEnv, prefix: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env)
      .filter((entry): entry is [string, string] => entry[0].startsWith(prefix) && Boolean(entry[1]))
      .map(([name, value]) => [name.slice(prefix.length), value]),
  );
}

function wholeNumber(name: string, value: string | undefined, fallback: number, least: number): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < least) throw new Error(`${name} must be a whole number of at least ${least}; got "${value}"`);
  return number;
}

function subgraphTimeoutOverrides(env: NodeJS.ProcessEnv): Record<string, number> {
  const prefix = 'GATEWAY_SUBGRAPH_TIMEOUT_MS_';
  return Object.fromEntries(Object.entries(bySubgraph(env, prefix)).map(([name, value]) => [name, wholeNumber(prefix + name, value, 0, 1)]));
}

function circuitBreakerSettings(env: NodeJS.ProcessEnv): CircuitBreakerSettings | null {
  const failures = wholeNumber('GATEWAY_BREAKER_FAILURES', env.GATEWAY_BREAKER_FAILURES, 5, 0);
  return failures === 0 ? null : { failures, halfOpenAfterMs: wholeNumber('GATEWAY_BREAKER_HALF_OPEN_MS', env.GATEWAY_BREAKER_HALF_OPEN_MS, 5_000, 1) };
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

function biSettings(env: NodeJS.ProcessEnv): BiSettings | null {
  const databaseUrl = env.BI_DATABASE_URL || env.DATABASE_URL;
  if (!databaseUrl) return null;
  return {
    databaseUrl,
    poolSize: wholeNumber('BI_POOL_SIZE', env.BI_POOL_SIZE, 10, 1),
    statementTimeoutMs: wholeNumber('BI_STATEMENT_TIMEOUT_MS', env.BI_STATEMENT_TIMEOUT_MS, 300_000, 1),
    odataPageSize: wholeNumber('BI_ODATA_PAGE_SIZE', env.BI_ODATA_PAGE_SIZE, 10_000, 1),
    apiKeyTimeoutMs: wholeNumber('BI_API_KEY_TIMEOUT_MS', env.BI_API_KEY_TIMEOUT_MS, 5_000, 1),
    catalogueCacheMs: wholeNumber('BI_CATALOGUE_CACHE_MS', env.BI_CATALOGUE_CACHE_MS, 10_000, 0),
  };
}

function rateLimitSettings(env: NodeJS.ProcessEnv): AccountRateLimitSettings | null {
  const points = wholeNumber('GATEWAY_RATE_POINTS', env.GATEWAY_RATE_POINTS, 5_000_000, 0);
  const windowSeconds = wholeNumber('GATEWAY_RATE_WINDOW_SECONDS', env.GATEWAY_RATE_WINDOW_SECONDS, 60, 1);
  return points === 0 ? null : { points, windowSeconds, redisUrl: env.REDIS_URL || undefined };
}

/** How long `subgraph` may take to answer: its own limit, else the gateway's. */
export function subgraphTimeoutOf(config: Pick<GatewayConfig, 'subgraphTimeoutMs' | 'subgraphTimeoutOverridesMs'>, subgraph: string): number {
  return config.subgraphTimeoutOverridesMs[overrideKey(subgraph)] ?? config.subgraphTimeoutMs;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  checkLogLevel(env.LOG_LEVEL);
  const jwksUrl = env.JWKS_URL ?? 'http://localhost:4001/.well-known/jwks.json';
  return {
    port: Number(env.PORT ?? 4000),
    host: env.HOST || DEFAULT_HOST,
    supergraphPath: resolve(env.SUPERGRAPH_PATH ?? resolve(REPO_ROOT, 'shared-schema/supergraph.graphql')),
    watchSupergraph: env.SUPERGRAPH_WATCH ? env.SUPERGRAPH_WATCH === '1' : env.NODE_ENV !== 'production',
    subgraphUrlOverrides: bySubgraph(env, 'SUBGRAPH_URL_'),
    jwksUrl,
    sessionVersionsUrl: env.SESSION_VERSIONS_URL ?? new URL('/session-versions', jwksUrl).href,
    issuer: env.JWT_ISSUER,
    audience: env.JWT_AUDIENCE,
    corsOrigins: env.CORS_ORIGINS ? env.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean) : DEFAULT_ORIGINS,
    registryPath: resolve(env.REGISTRY_PATH ?? resolve(GATEWAY_ROOT, 'registry.json')),
    pooledSubgraphClient: subgraphClient(env.GATEWAY_SUBGRAPH_CLIENT),
    subgraphConnections: Number(env.GATEWAY_SUBGRAPH_CONNECTIONS ?? 128),
    subgraphTimeoutMs: wholeNumber('GATEWAY_SUBGRAPH_TIMEOUT_MS', env.GATEWAY_SUBGRAPH_TIMEOUT_MS, 30_000, 1),
    subgraphTimeoutOverridesMs: subgraphTimeoutOverrides(env),
    circuitBreaker: circuitBreakerSettings(env),
    dedupeSubgraphQueries: env.GATEWAY_DEDUPE_QUERIES !== '0',
    tokenCacheSize: Number(env.GATEWAY_TOKEN_CACHE_SIZE ?? 10_000),
    tokenCacheSeconds: Number(env.GATEWAY_TOKEN_CACHE_SECONDS ?? 60),
    compressMinBytes: env.GATEWAY_COMPRESS_MIN_BYTES === 'off' ? null : Number(env.GATEWAY_COMPRESS_MIN_BYTES ?? 1024),
    readinessTimeoutMs: Number(env.GATEWAY_READINESS_TIMEOUT_MS ?? 2000),
    queryLimits: queryLimitsFromEnv(env),
    rateLimit: rateLimitSettings(env),
    trustProxy: env.GATEWAY_TRUST_PROXY === '1',
    anonymousIntrospection: env.GATEWAY_ANONYMOUS_INTROSPECTION === '1',
    bi: biSettings(env),
  };
}
