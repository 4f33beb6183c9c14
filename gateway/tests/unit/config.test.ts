import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';

describe('the gateway settings', () => {
  it('takes a subgraph URL override for any subgraph name', () => {
    const config = loadConfig({ SUBGRAPH_URL_ASSETS: 'http://a:1/graphql', SUBGRAPH_URL_STOCK_LEVELS: 'http://b:2/graphql', SUBGRAPH_URL_EMPTY: '' });
    expect(config.subgraphUrlOverrides).toEqual({ ASSETS: 'http://a:1/graphql', STOCK_LEVELS: 'http://b:2/graphql' });
  });

  it('refuses at start a LOG_LEVEL the router runtime would fail every subgraph call on', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'silent' })).toThrow(/LOG_LEVEL must be one of trace, debug, info, warn, error/);
    expect(loadConfig({ LOG_LEVEL: 'warn' }).port).toBe(4000);
  });

  it('refuses an unknown subgraph client', () => {
    expect(loadConfig({}).pooledSubgraphClient).toBe(true);
    expect(loadConfig({ GATEWAY_SUBGRAPH_CLIENT: 'fetch' }).pooledSubgraphClient).toBe(false);
    expect(() => loadConfig({ GATEWAY_SUBGRAPH_CLIENT: 'make-fetch-happen' })).toThrow(/pooled or fetch/);
  });
});
