import { loginAs, postGraphQL } from '@jiguan/runner/testing/graphql-client';
import { testHub } from '@jiguan/runner/testing/test-hub';
import { describe, expect, it } from 'vitest';

const hub = testHub();
const origin = new URL(hub.gatewayUrl).origin;

describe('the gateway over HTTP', () => {
  it('answers /healthz, and /readyz once every subgraph is ready', async () => {
    expect((await fetch(`${origin}/healthz`)).status).toBe(200);
    const ready = await fetch(`${origin}/readyz`);
    expect(ready.status).toBe(200);
    // A circuit per subgraph of the composed supergraph (directory, assets, party, services …).
    expect(await ready.json()).toEqual({ status: 'ready', circuits: Object.fromEntries(Object.keys(hub.subgraphUrls).map((name) => [name, 'closed'])) });
  });

  it('allows CORS only to configured origins', async () => {
    const preflight = (from: string) =>
      fetch(`${origin}/graphql`, { method: 'OPTIONS', headers: { origin: from, 'access-control-request-method': 'POST' } });
    expect((await preflight('http://localhost:4100')).headers.get('access-control-allow-origin')).toBe('http://localhost:4100');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves the micro-frontend registry', async () => {
    const registry = (await (await fetch(`${origin}/registry.json`)).json()) as { name: string; routePrefix: string; roles: string[] }[];
    expect(registry.find((r) => r.name === 'admin')).toMatchObject({ routePrefix: '/admin', roles: ['ADMIN'] });
  });

  it('passes a subgraph’s coded error on with its code and service name, and no internals', async () => {
    const token = await loginAs(hub.gatewayUrl, 'admin', 'Admin@2024');
    const result = await postGraphQL(hub.gatewayUrl, 'mutation { disableUserAccount(id: "no-such-account") { id } }', { token });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', serviceName: 'directory' } });
    expect(Object.keys(result.errors?.[0]?.extensions ?? {}).sort()).toEqual(['code', 'params', 'reason', 'serviceName']);
  });

  it('names the bad argument of a malformed request without leaking internals', async () => {
    const result = await postGraphQL(hub.gatewayUrl, '{ organizations(first: "ten") { totalCount } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.extensions?.field).toBe('first');
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|at \w+ \(/);
  });
});
