import { BUREAU_ID, DEMO_UNITS } from '@jiguan/demo-data/songjiang-units';
import { postGraphQL, type GraphQLResponse } from '@jiguan/runner/testing/graphql-client';
import { tokenOf, tokenWithScope } from '@jiguan/runner/testing/demo-client';
import { testHub } from '@jiguan/runner/testing/test-hub';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Each of the four data scopes sees exactly the assets rows it should: leaders of the bureau (区机管局)
 * with scope ALL (the demo leader), DEPARTMENT (the bureau's own rows), UNIT_AND_CHILDREN (the bureau
 * and its sections) and SELF (no unit's rows). What each should see is worked out from everything,
 * as the demo leader lists it.
 */
const BUREAU_AND_SECTIONS = DEMO_UNITS.filter((unit) => unit.id === BUREAU_ID || unit.parentId === BUREAU_ID).map((unit) => unit.id);

interface Node {
  id: string;
  owningUnit?: { id: string };
  usingUnit?: { id: string } | null;
  organization?: { id: string };
}

/** Every row of a list field, page by page (200 at most a page). */
async function everything(token: string, field: string, selection: string): Promise<Node[]> {
  const rows: Node[] = [];
  let after: string | null = null;
  do {
    const result: GraphQLResponse = await postGraphQL(testHub().gatewayUrl, `query ($after: String) { ${field}(first: 200, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${selection} } } } }`, {
      token,
      variables: { after },
    });
    expect(result.errors).toBeUndefined();
    const page = result.data?.[field] as { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: Node }[] };
    rows.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return rows;
}

const LISTS = {
  buildings: { selection: 'id owningUnit { id } usingUnit { id }', units: (row: Node) => [row.owningUnit?.id, row.usingUnit?.id] },
  vehicles: { selection: 'id organization { id }', units: (row: Node) => [row.organization?.id] },
  disposals: { selection: 'id organization { id }', units: (row: Node) => [row.organization?.id] },
  roomAllocations: { selection: 'id organization { id }', units: (row: Node) => [row.organization?.id] },
} as const;

const tokens: Record<string, string> = {};

beforeAll(async () => {
  const leaders = [
    ['DEPARTMENT', 'person-sj-jgswglj-002'],
    ['UNIT_AND_CHILDREN', 'person-sj-jgswglj-003'],
    ['SELF', 'person-sj-jgswglj-004'],
  ] as const;
  for (const [dataScope, personId] of leaders) {
    tokens[dataScope] = await tokenWithScope({ username: `scope.${dataScope.toLowerCase().replaceAll('_', '-')}`, personId, roles: ['LEADER'], dataScope });
  }
});

describe('the four data scopes in assets', () => {
  it.each(Object.keys(LISTS) as (keyof typeof LISTS)[])('%s: each scope sees exactly its units’ rows', async (field) => {
    const { selection, units } = LISTS[field];
    const leader = await everything(await tokenOf('leader'), field, selection);
    const expected = (scope: readonly string[]) => leader.filter((row) => units(row).some((id) => id && scope.includes(id))).map((row) => row.id).sort();
    const seen = async (scope: keyof typeof tokens) => (await everything(tokens[scope] ?? '', field, selection)).map((row) => row.id).sort();
    expect(await seen('DEPARTMENT')).toEqual(expected([BUREAU_ID]));
    expect(await seen('UNIT_AND_CHILDREN')).toEqual(expected(BUREAU_AND_SECTIONS));
    expect(await seen('SELF')).toEqual([]);
    expect(expected([BUREAU_ID]).length, 'the bureau has rows of its own').toBeGreaterThan(0);
    expect(leader.length).toBeGreaterThan(expected(BUREAU_AND_SECTIONS).length);
  });

  it('answers a lookup by id of another unit’s row with null, and the scope’s own with the row', async () => {
    const all = await everything(await tokenOf('leader'), 'buildings', LISTS.buildings.selection);
    const [own] = all.filter((row) => row.owningUnit?.id === BUREAU_ID);
    const [other] = all.filter(
      (row) => !BUREAU_AND_SECTIONS.includes(row.owningUnit?.id ?? '') && !BUREAU_AND_SECTIONS.includes(row.usingUnit?.id ?? ''),
    );
    const lookup = (token: string, id: string) => postGraphQL(testHub().gatewayUrl, 'query ($id: ID!) { building(id: $id) { id } }', { token, variables: { id } });
    expect((await lookup(tokens.DEPARTMENT ?? '', own?.id ?? '')).data?.building).toEqual({ id: own?.id });
    expect((await lookup(tokens.DEPARTMENT ?? '', other?.id ?? '')).data?.building).toBeNull();
    expect((await lookup(tokens.SELF ?? '', own?.id ?? '')).data?.building).toBeNull();
  });
});
