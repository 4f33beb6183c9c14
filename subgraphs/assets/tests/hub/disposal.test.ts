import { BUREAU_ID, demoUnitId } from '@jiguan/demo-data/songjiang-units';
import { describe, expect, it } from 'vitest';
import { as, dataOf, expectError, type DemoUser } from './client.ts';

const CREATE = `mutation ($input: CreateDisposalInput!) { createDisposal(input: $input) { id code status } }`;
const STEP = (verb: string) => `mutation ($id: ID!, $reason: String!) { ${verb}Disposal(id: $id, reason: $reason) { id status decidedOn } }`;
const DISPOSAL = `query ($id: ID!) { disposal(id: $id) { status decidedOn steps { edges { node { fromStatus toStatus actorId reason } } } } }`;

const step = (user: DemoUser, verb: 'submit' | 'approve' | 'reject' | 'execute', id: string, reason = `${verb} in test`) =>
  as(user, STEP(verb), { id, reason });

async function draft(input: Record<string, unknown> = {}) {
  const result = await as('assets', CREATE, {
    input: { organizationId: demoUnitId('区教育局'), assetKind: 'PROPERTY', assetCardNumber: `FW-TEST-${Date.now()}`, assetName: '测试房屋', value: '1200000.00', method: 'DEMOLITION', reason: '动迁', ...input },
  });
  return dataOf(result).createDisposal as { id: string; code: string; status: string };
}

describe('disposal: DRAFT → SUBMITTED → APPROVED → EXECUTED', () => {
  it('goes through every step, each by a permitted person with a reason, and keeps the steps', async () => {
    const disposal = await draft();
    expect(disposal.status).toBe('DRAFT');
    expect(disposal.code).toMatch(/^CZ-\d{4}-\d{4}$/);

    expectError(await step('admin', 'approve', disposal.id), 'CONFLICT');
    expectError(await step('assets', 'execute', disposal.id), 'CONFLICT');
    expect(dataOf(await step('assets', 'submit', disposal.id, '材料齐全')).submitDisposal.status).toBe('SUBMITTED');
    expectError(await step('assets', 'submit', disposal.id), 'CONFLICT');

    // Four eyes: the submitter may not decide; leaders and unit users may not either.
    expectError(await step('assets', 'approve', disposal.id), 'FORBIDDEN');
    for (const user of ['leader', 'unit'] as const) expectError(await step(user, 'approve', disposal.id), 'FORBIDDEN');
    const approved = dataOf(await step('admin', 'approve', disposal.id, '同意处置')).approveDisposal;
    expect(approved.status).toBe('APPROVED');
    expect(approved.decidedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expectError(await step('admin', 'reject', disposal.id), 'CONFLICT');

    expect(dataOf(await step('assets', 'execute', disposal.id, '已拆除')).executeDisposal.status).toBe('EXECUTED');
    expectError(await step('assets', 'execute', disposal.id), 'CONFLICT');

    const steps = dataOf(await as('assets', DISPOSAL, { id: disposal.id })).disposal.steps.edges.map((e: any) => e.node);
    expect(steps.map((s: any) => [s.fromStatus, s.toStatus, s.actorId])).toEqual([
      [null, 'DRAFT', 'account-assets'],
      ['DRAFT', 'SUBMITTED', 'account-assets'],
      ['SUBMITTED', 'APPROVED', 'account-admin'],
      ['APPROVED', 'EXECUTED', 'account-assets'],
    ]);
    expect(steps.map((s: any) => s.reason)).toEqual(['动迁', '材料齐全', '同意处置', '已拆除']);

    const audit = dataOf(await as('admin', 'query ($id: ID!) { assetsAuditRecords(filter: { entityId: $id }) { edges { node { action actorId before after } } } }', { id: disposal.id }));
    expect(audit.assetsAuditRecords.edges.map((e: any) => e.node.action).sort()).toEqual(['disposal.approve', 'disposal.create', 'disposal.execute', 'disposal.submit']);
    const approval = audit.assetsAuditRecords.edges.find((e: any) => e.node.action === 'disposal.approve').node;
    expect(JSON.parse(approval.before).status).toBe('SUBMITTED');
    expect(JSON.parse(approval.after).disposal.status).toBe('APPROVED');
  });

  it('ends a rejected disposal there', async () => {
    const disposal = await draft();
    await step('assets', 'submit', disposal.id);
    expect(dataOf(await step('admin', 'reject', disposal.id, '权属资料不全')).rejectDisposal.status).toBe('REJECTED');
    for (const verb of ['approve', 'execute', 'submit'] as const) expectError(await step('admin', verb, disposal.id), 'CONFLICT');
  });

  it('lets exactly one of two concurrent approvals through', async () => {
    const disposal = await draft();
    await step('assets', 'submit', disposal.id);
    const results = await Promise.all([step('admin', 'approve', disposal.id), step('admin', 'reject', disposal.id)]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(1);
  });

  it('takes a disposed vehicle out of service, once', async () => {
    const { vehicles } = dataOf(await as('assets', '{ vehicles(first: 1, filter: { status: IN_SERVICE, energyType: FUEL, timeShare: false }) { edges { node { id plateNumber organization { id } } } } }'));
    const vehicle = vehicles.edges[0].node;
    const input = { organizationId: vehicle.organization.id, assetKind: 'VEHICLE', vehicleId: vehicle.id, assetCardNumber: `CL-${vehicle.plateNumber}`, assetName: vehicle.plateNumber, method: 'SCRAP' };
    const disposal = await draft(input);
    await step('assets', 'submit', disposal.id);
    await step('admin', 'approve', disposal.id);
    await step('assets', 'execute', disposal.id);
    expect(dataOf(await as('assets', 'query ($id: ID!) { vehicle(id: $id) { status } }', { id: vehicle.id })).vehicle.status).toBe('DISPOSED');
    expectError(await as('assets', CREATE, { input: { ...input, assetName: 'again', value: '1.00', reason: 'again' } }), 'CONFLICT');
  });

  it('issues the remaining pieces of a warehouse item and marks it disposed', async () => {
    const { warehouses } = dataOf(await as('assets', '{ warehouses { edges { node { id kind } } } }'));
    const physical = warehouses.edges.find((e: any) => e.node.kind === 'PHYSICAL').node.id;
    const listed = dataOf(
      await as('assets', 'mutation ($input: ListWarehouseItemInput!) { listWarehouseItem(input: $input) { id code } }', {
        input: { warehouseId: physical, code: `GWC-TEST-D-${Date.now()}`, category: 'IT_EQUIPMENT', name: '旧台式电脑', quantity: 4, originalValue: '5200.00', assessedValue: '300.00', newPrice: '5600.00', fromUnitId: demoUnitId('区统计局'), condition: 'POOR', listedOn: '2025-03-03' },
      }),
    ).listWarehouseItem;
    const disposal = await draft({ organizationId: BUREAU_ID, assetKind: 'WAREHOUSE_ITEM', itemId: listed.id, assetCardNumber: listed.code, assetName: '旧台式电脑 ×4', value: '20800.00', method: 'SCRAP' });
    await step('assets', 'submit', disposal.id);
    await step('admin', 'approve', disposal.id);
    await step('assets', 'execute', disposal.id);
    const item = dataOf(await as('assets', 'query ($id: ID!) { warehouseItem(id: $id) { state availableQuantity issues { edges { node { kind quantity value savings } } } } }', { id: listed.id })).warehouseItem;
    expect(item).toMatchObject({ state: 'DISPOSED', availableQuantity: 0 });
    expect(item.issues.edges.map((e: any) => e.node)).toEqual([{ kind: 'DISPOSAL', quantity: 4, value: '20800.00', savings: '0.00' }]);
    const request = await as('assets', 'mutation ($input: FileWarehouseRequestInput!) { fileWarehouseRequest(input: $input) { id } }', {
      input: { itemId: listed.id, organizationId: demoUnitId('区统计局'), quantity: 1, reason: '测试' },
    });
    expectError(request, 'CONFLICT');
  });

  it('takes a disposed property off the register', async () => {
    const owner = demoUnitId('区水务局');
    const building = dataOf(
      await as('assets', 'mutation ($input: CreateBuildingInput!) { createBuilding(input: $input) { id code } }', {
        input: { code: `SJ-FW-T${Date.now()}`, name: '测试仓库', address: '上海市松江区测试路1号', owningUnitId: owner, landArea: '300.00', floorArea: '200.00', certificateStatus: 'CERTIFIED', titleRegistration: 'REGISTERED', bookValue: '400000.00', currentUse: 'IDLE', managedSince: '2025-02-01' },
      }),
    ).createBuilding;
    const disposal = await draft({ organizationId: owner, buildingId: building.id, assetCardNumber: building.code, assetName: '测试仓库', value: '400000.00' });
    await step('assets', 'submit', disposal.id);
    await step('admin', 'approve', disposal.id);
    await step('assets', 'execute', disposal.id);
    const read = dataOf(await as('assets', 'query ($id: ID!, $code: String!) { building(id: $id) { disposedOn } buildings(filter: { search: $code }) { totalCount } all: buildings(filter: { search: $code, includeDisposed: true }) { totalCount } }', { id: building.id, code: building.code }));
    expect(read.building.disposedOn).not.toBeNull();
    expect([read.buildings.totalCount, read.all.totalCount]).toEqual([0, 1]);
  });
});
