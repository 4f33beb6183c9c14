import { describe, expect, it } from 'vitest';
import { loadConfig, subgraphTimeoutOf } from '../../src/config.ts';

describe('the gateway settings', () => {
  it('takes a subgraph URL override for any subgraph name', () => {
    const config = loadConfig({ SUBGRAPH_URL_ASSETS: 'http://a:1/graphql', SUBGRAPH_URL_STOCK_LEVELS: 'http://b:2/graphql', SUBGRAPH_URL_EMPTY: '' });
    expect(config.subgraphUrlOverrides).toEqual({ ASSETS: 'http://a:1/graphql', STOCK_LEVELS: 'http://b:2/graphql' });
  });

  it('refuses at start a LOG_LEVEL the router runtime would fail every subgraph call on', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'silent' })).toThrow(/LOG_LEVEL must be one of trace, debug, info, warn, error/);
    expect(loadConfig({ LOG_LEVEL: 'warn' }).port).toBe(4000);
  });

  it('serves the BI endpoints over BI_DATABASE_URL (default DATABASE_URL), with their defaults, and not without a database', () => {
    expect(loadConfig({}).bi).toBeNull();
    expect(loadConfig({ DATABASE_URL: 'postgres://db/hub' }).bi).toEqual({
      databaseUrl: 'postgres://db/hub',
      poolSize: 10,
      statementTimeoutMs: 300_000,
      odataPageSize: 10_000,
      apiKeyTimeoutMs: 5_000,
      catalogueCacheMs: 10_000,
    });
    expect(loadConfig({ DATABASE_URL: 'postgres://db/hub', BI_DATABASE_URL: 'postgres://replica/hub', BI_POOL_SIZE: '4', BI_ODATA_PAGE_SIZE: '500' }).bi).toMatchObject({
      databaseUrl: 'postgres://replica/hub',
      poolSize: 4,
      odataPageSize: 500,
    });
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/hub', BI_ODATA_PAGE_SIZE: '0' })).toThrow(/BI_ODATA_PAGE_SIZE must be a whole number of at least 1/);
  });

  it('refuses an unknown subgraph client', () => {
    expect(loadConfig({}).pooledSubgraphClient).toBe(true);
    expect(loadConfig({ GATEWAY_SUBGRAPH_CLIENT: 'fetch' }).pooledSubgraphClient).toBe(false);
    expect(() => loadConfig({ GATEWAY_SUBGRAPH_CLIENT: 'make-fetch-happen' })).toThrow(/pooled or fetch/);
  });

  it('gives each subgraph its own timeout when set, else the gateway’s', () => {
    const config = loadConfig({ GATEWAY_SUBGRAPH_TIMEOUT_MS: '8000', GATEWAY_SUBGRAPH_TIMEOUT_MS_STOCK_LEVELS: '500' });
    expect([subgraphTimeoutOf(config, 'stock-levels'), subgraphTimeoutOf(config, 'assets')]).toEqual([500, 8000]);
    expect(() => loadConfig({ GATEWAY_SUBGRAPH_TIMEOUT_MS_ASSETS: 'soon' })).toThrow(/GATEWAY_SUBGRAPH_TIMEOUT_MS_ASSETS must be a whole number of at least 1; got "soon"/);
  });

  it('has circuit breakers by default, with their settings, and none with GATEWAY_BREAKER_FAILURES=0', () => {
    expect(loadConfig({}).circuitBreaker).toEqual({ failures: 5, halfOpenAfterMs: 5_000 });
    expect(loadConfig({ GATEWAY_BREAKER_FAILURES: '2', GATEWAY_BREAKER_HALF_OPEN_MS: '300' }).circuitBreaker).toEqual({ failures: 2, halfOpenAfterMs: 300 });
    expect(loadConfig({ GATEWAY_BREAKER_FAILURES: '0' }).circuitBreaker).toBeNull();
    expect(() => loadConfig({ GATEWAY_BREAKER_FAILURES: '-1' })).toThrow(/GATEWAY_BREAKER_FAILURES must be a whole number of at least 0/);
  });
});
