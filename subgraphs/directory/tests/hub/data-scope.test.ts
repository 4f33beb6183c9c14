import { BUREAU_ID, DEMO_UNITS } from '@jiguan/demo-data/songjiang-units';
import { asDirectAt, dataOf, tokenOf, tokenWithScope } from '@jiguan/runner/testing/demo-client';
import { postGraphQL, type GraphQLResponse } from '@jiguan/runner/testing/graphql-client';
import { testHub } from '@jiguan/runner/testing/test-hub';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Each of the four data scopes sees exactly the people it should — in the list, under a unit, and
 * through `_entities` sent to the directory itself: the demo leader (ALL), and leaders of the
 * bureau with DEPARTMENT (its people), UNIT_AND_CHILDREN (its people and its sections') and SELF
 * (themselves only).
 */
const BUREAU_AND_SECTIONS = DEMO_UNITS.filter((unit) => unit.id === BUREAU_ID || unit.parentId === BUREAU_ID).map((unit) => unit.id);
const SELF_PERSON = 'person-sj-jgswglj-007';

interface PersonRow {
  id: string;
  organization: { id: string };
}

async function everyone(token: string): Promise<PersonRow[]> {
  const rows: PersonRow[] = [];
  let after: string | null = null;
  do {
    const result: GraphQLResponse = await postGraphQL(testHub().gatewayUrl, 'query ($after: String) { people(first: 200, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id organization { id } } } } }', { token, variables: { after } });
    expect(result.errors).toBeUndefined();
    const page = result.data?.people as { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: PersonRow }[] };
    rows.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return rows;
}

const tokens: Record<string, string> = {};
let all: PersonRow[] = [];

beforeAll(async () => {
  tokens.DEPARTMENT = await tokenWithScope({ username: 'people.department', personId: 'person-sj-jgswglj-005', roles: ['LEADER'], dataScope: 'DEPARTMENT' });
  tokens.UNIT_AND_CHILDREN = await tokenWithScope({ username: 'people.tree', personId: 'person-sj-jgswglj-006', roles: ['LEADER'], dataScope: 'UNIT_AND_CHILDREN' });
  tokens.SELF = await tokenWithScope({ username: 'people.self', personId: SELF_PERSON, roles: ['LEADER'], dataScope: 'SELF' });
  all = await everyone(await tokenOf('leader'));
});

const idsOf = (rows: { id: string }[]) => rows.map((row) => row.id).sort();
const peopleOf = (units: readonly string[]) => idsOf(all.filter((person) => units.includes(person.organization.id)));

describe('the four data scopes in the directory', () => {
  it('list exactly their people', async () => {
    expect(all.length).toBeGreaterThan(peopleOf(BUREAU_AND_SECTIONS).length);
    expect(idsOf(await everyone(tokens.DEPARTMENT ?? ''))).toEqual(peopleOf([BUREAU_ID]));
    expect(idsOf(await everyone(tokens.UNIT_AND_CHILDREN ?? ''))).toEqual(peopleOf(BUREAU_AND_SECTIONS));
    expect(idsOf(await everyone(tokens.SELF ?? ''))).toEqual([SELF_PERSON]);
  });

  it('show a unit’s people only within the scope, and every unit of the tree', async () => {
    const query = '{ organizations(first: 200) { totalCount edges { node { id people(first: 200) { totalCount edges { node { id } } } } } } }';
    const answer = dataOf(await postGraphQL(testHub().gatewayUrl, query, { token: tokens.DEPARTMENT ?? '' }));
    // Every unit of the tree: the demo's, and any another test of this hub created meanwhile.
    const units = dataOf(await postGraphQL(testHub().gatewayUrl, '{ organizations(first: 200) { totalCount } }', { token: await tokenOf('admin') }));
    expect(units.organizations.totalCount).toBeGreaterThanOrEqual(DEMO_UNITS.length);
    expect(answer.organizations.totalCount).toBe(units.organizations.totalCount);
    const shown = answer.organizations.edges.flatMap((edge: any) => edge.node.people.edges.map((p: any) => p.node.id)).sort();
    expect(shown).toEqual(peopleOf([BUREAU_ID]));
    for (const edge of answer.organizations.edges) expect(edge.node.people.totalCount).toBe(edge.node.people.edges.length);
  });

  it('resolve only their people through _entities at the directory itself', async () => {
    const representations = all.map((person) => ({ __typename: 'Person', id: person.id }));
    const query = 'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { id } } }';
    const answer = await postGraphQL(testHub().subgraphUrls.directory ?? '', query, { token: tokens.UNIT_AND_CHILDREN ?? '', variables: { representations } });
    expect(idsOf((answer.data?._entities as ({ id: string } | null)[]).filter((p): p is { id: string } => p !== null))).toEqual(peopleOf(BUREAU_AND_SECTIONS));
    const unit = dataOf(await asDirectAt('directory', 'unit', query, { representations }));
    expect(unit._entities.filter(Boolean).length).toBeLessThan(all.length);
  });
});
