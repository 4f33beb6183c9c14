import { tokenOf } from '@jiguan/runner/testing/demo-client';
import { postGraphQL } from '@jiguan/runner/testing/graphql-client';
import { testHub } from '@jiguan/runner/testing/test-hub';
import { describe, expect, it } from 'vitest';

/** The attack report's surface findings (issue 11, finding 8). */
const hub = testHub();

describe('the hub’s surface', () => {
  it('shows the schema to signed-in callers only, at the gateway as at the subgraphs', async () => {
    for (const query of [
      '{ __schema { types { name } } }',
      '{ __type(name: "Organization") { name } }',
      '{ ... on Query { __schema { queryType { name } } } }',
      '{ ...S } fragment S on Query { __schema { queryType { name } } }',
    ]) {
      const anonymous = await postGraphQL(hub.gatewayUrl, query);
      expect(anonymous.status, query).toBe(401);
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(anonymous.data ?? undefined).toBeUndefined();
    }
    const signedIn = await postGraphQL(hub.gatewayUrl, '{ __schema { queryType { name } } }', { token: await tokenOf('unit') });
    expect(signedIn.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    // What a health check sends anonymously still works.
    expect((await postGraphQL(hub.gatewayUrl, '{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it('answers an oversized anonymous body with 413 every time, never a connection reset', async () => {
    const body = JSON.stringify({ query: `{ __typename }`, variables: { padding: 'x'.repeat(5 * 1024 * 1024) } });
    for (const url of [hub.gatewayUrl, hub.subgraphUrls.directory ?? '']) {
      const statuses = await Promise.all(
        Array.from({ length: 10 }, async () => {
          const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
          await response.text();
          return response.status;
        }),
      );
      expect(statuses).toEqual(Array(10).fill(413));
    }
  });
});
