import { demoUnitId } from '@jiguan/demo-data/songjiang-units';
import { DEMO_UNITS } from '@jiguan/demo-data/songjiang-units';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, dataOf, expectError } from './client.ts';

const LIST = 'mutation ($input: ListWarehouseItemInput!) { listWarehouseItem(input: $input) { id state availableQuantity } }';
const FILE = 'mutation ($input: FileWarehouseRequestInput!) { fileWarehouseRequest(input: $input) { id status } }';
const APPROVE = 'mutation ($id: ID!) { approveWarehouseRequest(id: $id, reason: "同意调剂") { id status issue { kind quantity value savings receiving { id } } } }';
const REJECT = 'mutation ($id: ID!, $reason: String!) { rejectWarehouseRequest(id: $id, reason: $reason) { id status decisionReason } }';
const ITEM = 'query ($id: ID!) { warehouseItem(id: $id) { state quantity availableQuantity reservedQuantity requests { totalCount } } }';
const AUDIT_OFFICE = demoUnitId('区审计局');

let physicalWarehouse = '';

async function listItem(quantity: number, name = '文件柜') {
  return dataOf(
    await as('assets', LIST, {
      input: { warehouseId: physicalWarehouse, code: `GWC-TEST-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`, category: 'FURNITURE', name, quantity, originalValue: '1300.00', assessedValue: '400.00', newPrice: '1450.00', fromUnitId: demoUnitId('区民政局'), condition: 'GOOD', listedOn: '2025-04-01' },
    }),
  ).listWarehouseItem as { id: string; state: string; availableQuantity: number };
}

const fileRequest = (user: 'assets' | 'unit', itemId: string, organizationId: string, quantity = 1) =>
  as(user, FILE, { input: { itemId, organizationId, quantity, reason: '办公用房调整后补充家具' } });

beforeAll(async () => {
  const { warehouses } = dataOf(await as('assets', '{ warehouses { edges { node { id kind } } } }'));
  physicalWarehouse = warehouses.edges.find((e: any) => e.node.kind === 'PHYSICAL').node.id;
});

describe('public warehouse: LISTED → RESERVED → ALLOCATED', () => {
  it('reserves what a unit user requests for their unit, and issues it with the savings when approved', async () => {
    const item = await listItem(3);
    expect(item).toMatchObject({ state: 'LISTED', availableQuantity: 3 });
    const request = dataOf(await fileRequest('unit', item.id, AUDIT_OFFICE, 3)).fileWarehouseRequest;
    expect(request.status).toBe('PENDING');
    expect(dataOf(await as('assets', ITEM, { id: item.id })).warehouseItem).toMatchObject({ state: 'RESERVED', availableQuantity: 0, reservedQuantity: 3 });

    expectError(await as('unit', APPROVE, { id: request.id }), 'FORBIDDEN');
    const approved = dataOf(await as('assets', APPROVE, { id: request.id })).approveWarehouseRequest;
    expect(approved).toEqual({ id: request.id, status: 'APPROVED', issue: { kind: 'REALLOCATION', quantity: 3, value: '3900.00', savings: '4350.00', receiving: { id: AUDIT_OFFICE } } });
    expect(dataOf(await as('assets', ITEM, { id: item.id })).warehouseItem).toMatchObject({ state: 'ALLOCATED', availableQuantity: 0, reservedQuantity: 0 });
    expectError(await as('assets', APPROVE, { id: request.id }), 'CONFLICT');
    expectError(await as('assets', REJECT, { id: request.id, reason: '已处理' }), 'CONFLICT');
  });

  it('frees the pieces of a rejected request', async () => {
    const item = await listItem(2);
    const request = dataOf(await fileRequest('assets', item.id, demoUnitId('区人才局'), 2)).fileWarehouseRequest;
    expect(dataOf(await as('assets', REJECT, { id: request.id, reason: '该单位家具已满足配置标准' })).rejectWarehouseRequest).toMatchObject({ status: 'REJECTED', decisionReason: '该单位家具已满足配置标准' });
    expect(dataOf(await as('assets', ITEM, { id: item.id })).warehouseItem).toMatchObject({ state: 'LISTED', availableQuantity: 2, reservedQuantity: 0 });
  });

  it('refuses a unit user requesting for another unit, and more pieces than are free', async () => {
    const item = await listItem(1);
    expectError(await fileRequest('unit', item.id, demoUnitId('区财政局')), 'FORBIDDEN');
    expectError(await fileRequest('unit', item.id, AUDIT_OFFICE, 2), 'BAD_USER_INPUT', 'input.quantity');
    dataOf(await fileRequest('unit', item.id, AUDIT_OFFICE, 1));
    expectError(await fileRequest('unit', item.id, AUDIT_OFFICE, 1), 'CONFLICT');
  });

  it('gives the last piece to exactly one of many concurrent requests; the others get CONFLICT', async () => {
    const item = await listItem(1, '会议桌');
    const units = DEMO_UNITS.filter((unit) => unit.kind === 'PARTY_GOVERNMENT_ORGAN' && unit.parentId !== null).slice(2, 14);
    const results = await Promise.all(units.map((unit) => fileRequest('assets', item.id, unit.id)));
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    console.log(`${units.length} concurrent requests for the last piece: ${won.length} won, ${lost.length} got ${[...new Set(lost.map((r) => r.errors?.[0]?.extensions?.code))].join(', ')}`);
    expect(won).toHaveLength(1);
    expect(lost.map((r) => r.errors?.[0]?.extensions?.code)).toEqual(Array(units.length - 1).fill('CONFLICT'));
    expect(dataOf(await as('assets', ITEM, { id: item.id })).warehouseItem).toEqual({ state: 'RESERVED', quantity: 1, availableQuantity: 0, reservedQuantity: 1, requests: { totalCount: 1 } });
  });

  it('shows a unit user the catalogue, but only their own unit’s requests on an item', async () => {
    const item = await listItem(2);
    dataOf(await fileRequest('assets', item.id, demoUnitId('区商务委'), 1));
    dataOf(await fileRequest('unit', item.id, AUDIT_OFFICE, 1));
    const seen = dataOf(await as('unit', 'query ($id: ID!) { warehouseItem(id: $id) { requests { totalCount edges { node { organization { id } } } } } }', { id: item.id }));
    expect(seen.warehouseItem.requests.totalCount).toBe(1);
    expect(seen.warehouseItem.requests.edges[0].node.organization.id).toBe(AUDIT_OFFICE);
  });
});
