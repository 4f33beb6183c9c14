import { tokenOf } from '@jiguan/runner/testing/demo-client';
import { testHub } from '@jiguan/runner/testing/test-hub';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The OWASP GraphQL Cheat Sheet's attacks (batching, aliases, depth, directives, introspection,
 * field suggestions, CSRF, injection), each tried through the gateway, and where it applies at
 * every subgraph called directly. The limits' own figures are in tests/query-limits.test.ts.
 */
const hub = testHub();
const everywhere = () => [hub.gatewayUrl, ...Object.values(hub.subgraphUrls)];
let token = '';
beforeAll(async () => {
  token = await tokenOf('unit');
});

const post = (url: string, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}`, ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const errorsOf = async (response: Response) => ((await response.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] }).errors ?? [];

describe('the OWASP GraphQL cheat sheet', () => {
  it('batching: a JSON array of operations is refused, so no limit is multiplied by a batch', async () => {
    for (const url of everywhere()) {
      const response = await post(url, Array.from({ length: 100 }, () => ({ query: '{ __typename }' })));
      expect(response.status, url).toBe(400);
      expect((await errorsOf(response))[0]?.message).toContain('batching disabled');
    }
  });

  it('aliases, depth, directives and tokens: each is refused with QUERY_TOO_COMPLEX before it runs', async () => {
    // A tree to nest deep in a valid query: the units' (the gateway, the directory), the Party organisations' (party).
    const deepRoots = new Map([
      [hub.gatewayUrl, 'organizations'],
      [hub.subgraphUrls.directory, 'organizations'],
      [hub.subgraphUrls.party, 'partyOrganizations'],
    ]);
    const queries = (url: string) => ({
      TOO_MANY_ALIASES: `{ ${Array.from({ length: 60 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
      QUERY_TOO_DEEP: `{ ${deepRoots.get(url)} { edges { node { ${'parent { '.repeat(16)}id${' }'.repeat(16)} } } } }`,
      TOO_MANY_DIRECTIVES: `{ ${'... @include(if: true) { __typename } '.repeat(100)}}`,
      TOO_MANY_TOKENS: `{ ${'__typename '.repeat(6000)}}`,
    });
    for (const url of everywhere()) {
      for (const [reason, query] of Object.entries(queries(url))) {
        if (reason === 'QUERY_TOO_DEEP' && !deepRoots.has(url)) continue;
        const response = await post(url, { query });
        expect(response.status, `${reason} at ${url}`).toBe(400);
        expect((await errorsOf(response))[0]?.extensions, `${reason} at ${url}`).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason });
      }
    }
  });

  it('introspection: refused to anonymous callers everywhere', async () => {
    for (const url of everywhere()) {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __schema { types { name } } }' }) });
      expect(response.status, url).toBe(401);
    }
  });

  it('field suggestions: a misspelt field is refused without naming the fields that exist', async () => {
    for (const url of everywhere()) {
      const signedIn: Record<string, string>[] = [{ 'content-type': 'application/json' }, { 'content-type': 'application/json', authorization: `Bearer ${token}` }];
      for (const headers of signedIn) {
        const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: '{ buildingz { id } organizationz { id } }' }) });
        const messages = (await errorsOf(response)).map((error) => error.message).join(' ');
        expect(messages, url).not.toMatch(/Did you mean/);
      }
    }
  });

  it('CSRF: a mutation by GET, and a POST a form or a plain-text body could send, are refused', async () => {
    const mutation = 'mutation { logout }';
    const get = await fetch(`${hub.gatewayUrl}?query=${encodeURIComponent(mutation)}`, { headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(405);
    for (const url of everywhere()) {
      for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
        const response = await post(url, JSON.stringify({ query: mutation }), { 'content-type': contentType });
        expect(response.status, `${contentType} at ${url}`).toBe(400);
        expect((await errorsOf(response))[0]?.message).toContain('Cross-Site Request Forgery');
      }
    }
    // The token still works: none of the refused logouts ran.
    expect((await post(hub.gatewayUrl, { query: '{ me { id } }' })).status).toBe(200);
  });

  it('injection: SQL, path and script text in filters and ids is data, never a query, never INTERNAL', async () => {
    for (const text of ["' OR 1=1; --", '"; DROP TABLE "UserAccount"; --', '../../etc/passwd', '<script>alert(1)</script>', '$where: 1']) {
      const response = await post(hub.gatewayUrl, {
        query: 'query ($text: String!, $id: ID!) { organizations(filter: { search: $text }) { totalCount } building(id: $id) { id } vehicle(id: $id) { id } }',
        variables: { text, id: text },
      });
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      expect(response.status, text).toBe(200);
      expect(body.errors, text).toBeUndefined();
      expect(body.data, text).toEqual({ organizations: { totalCount: 0 }, building: null, vehicle: null });
    }
  });
});
