import { as, asDirectAt, dataOf, expectError } from '@jiguan/runner/testing/demo-client';
import { sqlStatementCount } from '@jiguan/runner/testing/graphql-client';
import { testHub } from '@jiguan/runner/testing/test-hub';
import { describe, expect, it } from 'vitest';

/**
 * The attack report's queries that took a service down (issue 11, finding 1): refused by the
 * gateway's limits before any subgraph is called, and by each subgraph's own when sent to it
 * directly, with QUERY_TOO_COMPLEX and the limit and figure, never INTERNAL.
 */
const hub = testHub();
const assetsUrl = hub.subgraphUrls.assets ?? '';

/** `warehouseItems(first:1){edges{node{fromUnit{id warehouseItems(first:1){…}}}}}`, `levels` deep (1,466 bytes at 24). */
function warehouseChain(levels: number): string {
  let inner = 'id';
  for (let i = 0; i < levels; i += 1) inner = `warehouseItems(first: 1) { edges { node { id fromUnit { id ${inner} } } } }`;
  return `{ ${inner} }`;
}

/** `organizations → parent → children(first)`, `levels` deep: the directory's ×1.6 per level for any role. */
function unitTree(levels: number, children = 20): string {
  let inner = 'id name';
  for (let i = 0; i < levels; i += 1) inner = `id parent { children(first: ${children}) { edges { node { ${inner} } } } }`;
  return `{ organizations { edges { node { ${inner} } } } }`;
}

const aliases = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('the query limits through the gateway', () => {
  it('refuse the 24-level warehouse chain as the unit user without calling the assets subgraph', async () => {
    const query = warehouseChain(24);
    expect(query.length).toBeGreaterThan(1400);
    const before = await sqlStatementCount(assetsUrl);
    const result = await as('unit', query);
    const error = expectError(result, 'QUERY_TOO_COMPLEX');
    expect(error?.extensions).toMatchObject({ reason: 'QUERY_TOO_DEEP', params: { limit: 15 } });
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(await sqlStatementCount(assetsUrl)).toBe(before);
  });

  it('refuse nesting 100 levels deep with a designed refusal, not INTERNAL', async () => {
    const error = expectError(await as('unit', warehouseChain(100)), 'QUERY_TOO_COMPLEX');
    // Four fields a level (warehouseItems, edges, node, fromUnit) and the last id.
    expect(error?.extensions?.params).toMatchObject({ limit: 15, figure: 401 });
  });

  it('refuse the directory unit tree once its answer could outgrow the cost limit', async () => {
    // 20 units (the default page) × 100 children × 100 children:
    // 1 + 1 + 20 × (node, id, parent, children, edges) + 2,000 × (node, id, parent, children, edges) + 200,000 × (node, id, name).
    dataOf(await as('unit', unitTree(1, 100)));
    const error = expectError(await as('unit', unitTree(2, 100)), 'QUERY_TOO_COMPLEX');
    expect(error?.extensions).toMatchObject({ reason: 'QUERY_TOO_COSTLY', params: { limit: 250_000, figure: 610_102 } });
  });

  it('refuse 5,000 aliases (over the token limit while parsed), 60 aliases, and 1,000 aliases of buildings(first: 200)', async () => {
    expect(expectError(await as('unit', aliases(5000, '__typename')), 'QUERY_TOO_COMPLEX')?.extensions?.reason).toBe('TOO_MANY_TOKENS');
    expect(expectError(await as('unit', aliases(60, '__typename')), 'QUERY_TOO_COMPLEX')?.extensions).toMatchObject({
      reason: 'TOO_MANY_ALIASES',
      params: { limit: 50, figure: 60 },
    });
    expect(expectError(await as('assets', aliases(1000, 'buildings(first: 200) { edges { node { id name } } }')), 'QUERY_TOO_COMPLEX')).toBeDefined();
  });

  it('refuse 100 directives (one a field is allowed; validation refuses a directive repeated on one field)', async () => {
    const result = await as('unit', `{ ${'... @include(if: true) { __typename } '.repeat(100)}}`);
    expect(expectError(result, 'QUERY_TOO_COMPLEX')?.extensions).toMatchObject({ reason: 'TOO_MANY_DIRECTIVES', params: { limit: 50, figure: 100 } });
    expect(result.status).toBe(400);
  });

  it('refuse a document of more than 5,000 tokens as it is parsed', async () => {
    const result = await as('unit', `{ ${'__typename '.repeat(6000)}}`);
    expect(expectError(result, 'QUERY_TOO_COMPLEX')?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', reason: 'TOO_MANY_TOKENS', params: { limit: 5000 } });
    expect(result.status).toBe(400);
  });

  it('refuse a page big enough to be over the cost alone: the figure tells by how much', async () => {
    // buildings 1 + edges 1 + 200 × (node, id, floors, edges) + 10,000 × (node, rooms, edges) + 500,000 × (node, id, number).
    const pages = '{ buildings(first: 200) { edges { node { id floors(first: 50) { edges { node { rooms(first: 50) { edges { node { id number } } } } } } } } } }';
    const error = expectError(await as('assets', pages), 'QUERY_TOO_COMPLEX');
    expect(error?.extensions).toMatchObject({ reason: 'QUERY_TOO_COSTLY', params: { limit: 250_000, figure: 1_530_802 } });
  });
});

describe('the query limits in each subgraph (defence in depth)', () => {
  it('refuse the warehouse chain sent to the assets subgraph directly', async () => {
    const before = await sqlStatementCount(assetsUrl);
    const error = expectError(await asDirectAt('assets', 'unit', warehouseChain(24)), 'QUERY_TOO_COMPLEX');
    expect(error?.extensions?.reason).toBe('QUERY_TOO_DEEP');
    expect(await sqlStatementCount(assetsUrl)).toBe(before);
  });

  it('refuse a document over the token limit, and too many directives, sent to each subgraph directly', async () => {
    for (const subgraph of Object.keys(hub.subgraphUrls)) {
      expect(expectError(await asDirectAt(subgraph, 'unit', `{ ${'__typename '.repeat(6000)}}`), 'QUERY_TOO_COMPLEX')?.extensions?.reason, subgraph).toBe('TOO_MANY_TOKENS');
      expect(expectError(await asDirectAt(subgraph, 'unit', `{ ${'... @include(if: true) { __typename } '.repeat(100)}}`), 'QUERY_TOO_COMPLEX')?.extensions?.reason, subgraph).toBe('TOO_MANY_DIRECTIVES');
    }
  });

  it('refuse the unit tree sent to the directory subgraph directly', async () => {
    expect(expectError(await asDirectAt('directory', 'unit', unitTree(2, 100)), 'QUERY_TOO_COMPLEX')?.extensions?.reason).toBe('QUERY_TOO_COSTLY');
  });
});
