import { demoUnitId } from '@jiguan/demo-data/songjiang-units';
import { describe, expect, it } from 'vitest';
import { postGraphQL } from '@jiguan/runner/testing/graphql-client';
import { testHub } from '@jiguan/runner/testing/test-hub';
import { as, asDirect, assetsUrl, dataOf, expectError } from './client.ts';

const AUDIT_OFFICE = demoUnitId('区审计局');
const FINANCE_BUREAU = demoUnitId('区财政局');

describe('who may read what', () => {
  it('shows staff, admins and leaders every property', async () => {
    for (const user of ['assets', 'admin', 'leader'] as const) {
      expect(dataOf(await as(user, '{ buildings { totalCount } }')).buildings.totalCount).toBeGreaterThanOrEqual(277);
    }
  });

  it('shows a unit user only the records of their unit', async () => {
    const { buildings, vehicles, disposals, warehouseRequests, rectificationItems } = dataOf(
      await as('unit', `{
        buildings(first: 200) { totalCount edges { node { owningUnit { id } usingUnit { id } } } }
        vehicles(first: 200) { edges { node { organization { id } } } }
        disposals(first: 200) { edges { node { organization { id } } } }
        warehouseRequests(first: 200) { edges { node { organization { id } } } }
        rectificationItems(first: 200) { totalCount edges { node { problem { inspection { organization { id } } } } } }
      }`),
    );
    expect(buildings.totalCount).toBeGreaterThan(0);
    for (const { node } of buildings.edges) expect([node.owningUnit.id, node.usingUnit?.id]).toContain(AUDIT_OFFICE);
    for (const { node } of [...vehicles.edges, ...disposals.edges, ...warehouseRequests.edges]) expect(node.organization.id).toBe(AUDIT_OFFICE);
    expect(rectificationItems.totalCount).toBeGreaterThan(0);
    for (const { node } of rectificationItems.edges) expect(node.problem.inspection.organization.id).toBe(AUDIT_OFFICE);
  });

  it('lets a unit user read their own unit’s space, and refuses another unit’s', async () => {
    const own = dataOf(await as('unit', 'query ($id: ID!) { organization(id: $id) { name spaceUsage { officeArea overStandard } roomAllocations { totalCount } } }', { id: AUDIT_OFFICE }));
    expect(own.organization.name).toBe('松江区审计局');
    expect(own.organization.roomAllocations.totalCount).toBeGreaterThan(0);
    expectError(await as('unit', 'query ($id: ID!) { organization(id: $id) { spaceUsage { officeArea } } }', { id: FINANCE_BUREAU }), 'FORBIDDEN');
    expectError(await as('unit', 'query ($id: ID!) { organization(id: $id) { buildings { totalCount } } }', { id: FINANCE_BUREAU }), 'FORBIDDEN');
  });

  it('refuses only the assets field of another unit: the directory’s unit still shows (the fields assets adds are nullable)', async () => {
    const result = await as('unit', 'query ($id: ID!) { organization(id: $id) { name buildings { totalCount } } }', { id: FINANCE_BUREAU });
    expect(result.data?.organization).toEqual({ name: '松江区财政局', buildings: null });
    expect(result.errors?.map((error) => [error.path?.join('.'), error.extensions?.code])).toEqual([['organization.buildings', 'FORBIDDEN']]);
  });

  it('refuses the assets records to other departments, but lets anyone logged in name a building another domain refers to', async () => {
    expectError(await as('services', '{ buildings { totalCount } }'), 'FORBIDDEN');
    expectError(await as('bi', '{ vehicles { totalCount } }'), 'FORBIDDEN');
    const entity = await asDirect('services', '{ _entities(representations: [{ __typename: "Building", id: "building-0001" }]) { ... on Building { code name address } } }');
    expect(dataOf(entity)._entities[0]).toEqual({ code: 'SJ-FW-0001', name: '中山中路38号院', address: '上海市松江区中山中路38号' });
    expectError(await asDirect('services', '{ _entities(representations: [{ __typename: "Building", id: "building-0001" }]) { ... on Building { bookValue } } }'), 'FORBIDDEN');
  });

  it('keeps the audit trail to staff and admins', async () => {
    const count = async (user: 'admin' | 'assets') => dataOf(await as(user, '{ assetsAuditRecords { totalCount } }')).assetsAuditRecords.totalCount as number;
    const before = await count('admin');
    dataOf(await as('assets', 'mutation { updateBuilding(id: "building-0001", input: { name: "中山中路38号院" }) { id } }'));
    expect(await count('admin')).toBe(before + 1);
    expect(await count('assets')).toBe(before + 1);
    for (const user of ['leader', 'unit'] as const) expectError(await as(user, '{ assetsAuditRecords { totalCount } }'), 'FORBIDDEN');
  });

  it('lets only staff and admins change anything', async () => {
    const update = 'mutation { updateBuilding(id: "building-0001", input: { name: "中山中路38号院" }) { id } }';
    for (const user of ['leader', 'unit', 'services'] as const) expectError(await as(user, update), 'FORBIDDEN');
    expect(dataOf(await as('assets', update)).updateBuilding.id).toBe('building-0001');
  });

  it('refuses an anonymous caller, at the gateway and at the subgraph', async () => {
    for (const url of [testHub().gatewayUrl, assetsUrl()]) expectError(await postGraphQL(url, '{ buildings { totalCount } }'), 'UNAUTHENTICATED');
  });
});
