import { demoUnitId } from '@jiguan/demo-data/songjiang-units';
import { describe, expect, it } from 'vitest';
import { as, dataOf, expectError } from './client.ts';

const SHANGFA = demoUnitId('商发集团');

async function newBuilding(currentUse: string) {
  return dataOf(
    await as('assets', 'mutation ($input: CreateBuildingInput!) { createBuilding(input: $input) { id } }', {
      input: { code: `SJ-FW-I${Date.now()}${Math.floor(Math.random() * 100)}`, name: '测试沿街门面房', address: '上海市松江区测试路3号', owningUnitId: demoUnitId('区机管局'), landArea: '150.00', floorArea: '120.00', certificateStatus: 'UNCERTIFIED', titleRegistration: 'UNREGISTERED', bookValue: '600000.00', currentUse, managedSince: '2025-01-02' },
    }),
  ).createBuilding.id as string;
}

describe('idle properties: 一房一策 plan, hand-over to 商发集团', () => {
  it('plans an idle property and hands it over once, which implements the plan', async () => {
    const buildingId = await newBuilding('IDLE');
    const PLAN = 'mutation ($input: CreateRevitalisationPlanInput!) { createRevitalisationPlan(input: $input) { id status } }';
    const plan = dataOf(await as('assets', PLAN, { input: { buildingId, surveyedOn: '2025-03-01', planType: 'HAND_OVER', expectedYearlyIncome: '90000.00', description: '移交区商发集团统一招租运营' } })).createRevitalisationPlan;
    expect(plan.status).toBe('PLANNED');

    const HAND_OVER = 'mutation ($input: RecordHandoverInput!) { recordHandover(input: $input) { id yearlyRent building { currentUse usingUnit { id } } plan { status } } }';
    const input = { buildingId, planId: plan.id, recipientId: SHANGFA, handedOverOn: '2025-05-01', yearlyRent: '88000.00' };
    expect(dataOf(await as('assets', HAND_OVER, { input })).recordHandover).toMatchObject({
      yearlyRent: '88000.00',
      building: { currentUse: 'LEASED_OUT', usingUnit: { id: SHANGFA } },
      plan: { status: 'IMPLEMENTED' },
    });
    expectError(await as('assets', HAND_OVER, { input: { ...input, planId: null } }), 'CONFLICT');
    expectError(await as('assets', PLAN, { input: { buildingId, surveyedOn: '2025-06-01', planType: 'LEASE', expectedYearlyIncome: '1.00', description: 'x' } }), 'CONFLICT');
  });
});

describe('leases and rented-in space', () => {
  it('ends a lease early once, within its term', async () => {
    const buildingId = await newBuilding('LEASED_OUT');
    const lease = dataOf(
      await as('assets', 'mutation ($input: CreateLeaseInput!) { createLease(input: $input) { id } }', {
        input: { buildingId, kind: 'LEASE', counterparty: '上海茸城餐饮管理有限公司', startsOn: '2025-01-01', endsOn: '2027-12-31', yearlyRent: '96000.00' },
      }),
    ).createLease;
    const END = 'mutation ($id: ID!, $on: Date!) { endLease(id: $id, endedOn: $on) { endedOn } }';
    expectError(await as('assets', END, { id: lease.id, on: '2028-06-30' }), 'BAD_USER_INPUT', 'endedOn');
    expect(dataOf(await as('assets', END, { id: lease.id, on: '2026-06-30' })).endLease.endedOn).toBe('2026-06-30');
    expectError(await as('assets', END, { id: lease.id, on: '2026-07-01' }), 'CONFLICT');
  });

  it('gives rented-in space up once, saving its rent from then', async () => {
    const space = dataOf(
      await as('assets', 'mutation ($input: CreateRentedSpaceInput!) { createRentedSpace(input: $input) { id } }', {
        input: { organizationId: demoUnitId('区统计局'), address: '上海市松江区测试路4号5层', landlord: '上海松江科技园区发展有限公司', area: '420.00', yearlyRent: '310000.00', startsOn: '2025-01-01' },
      }),
    ).createRentedSpace;
    const GIVE_UP = 'mutation ($id: ID!, $on: Date!) { giveUpRentedSpace(id: $id, givenUpOn: $on) { givenUpOn } }';
    expectError(await as('assets', GIVE_UP, { id: space.id, on: '2024-12-31' }), 'BAD_USER_INPUT', 'givenUpOn');
    expect(dataOf(await as('assets', GIVE_UP, { id: space.id, on: '2025-09-30' })).giveUpRentedSpace.givenUpOn).toBe('2025-09-30');
    expectError(await as('assets', GIVE_UP, { id: space.id, on: '2025-10-01' }), 'CONFLICT');
    const { period } = dataOf(await as('leader', '{ period(year: 2025) { assets { rentedAreaGivenUp rentSaved } } }'));
    expect(Number(period.assets.rentSaved)).toBeGreaterThanOrEqual(310_000);
  });
});

describe('vehicle purchase approval', () => {
  it('is decided once, either way, by staff', async () => {
    const REQUEST = 'mutation ($input: RequestVehiclePurchaseInput!) { requestVehiclePurchase(input: $input) { id status } }';
    const input = { organizationId: demoUnitId('区应急局'), vehicleKind: 'ENFORCEMENT', energyType: 'BATTERY_ELECTRIC', quantity: 2, budget: '320000.00', reason: '执法执勤工作需要', requestedOn: '2025-02-10' };
    const first = dataOf(await as('assets', REQUEST, { input })).requestVehiclePurchase;
    const second = dataOf(await as('assets', REQUEST, { input })).requestVehiclePurchase;
    expectError(await as('leader', 'mutation ($id: ID!) { approveVehiclePurchase(id: $id) { status } }', { id: first.id }), 'FORBIDDEN');
    expect(dataOf(await as('assets', 'mutation ($id: ID!) { approveVehiclePurchase(id: $id) { status decidedOn } }', { id: first.id })).approveVehiclePurchase.status).toBe('APPROVED');
    expectError(await as('assets', 'mutation ($id: ID!) { rejectVehiclePurchase(id: $id, reason: "重复") { status } }', { id: first.id }), 'CONFLICT');
    expect(dataOf(await as('assets', 'mutation ($id: ID!) { rejectVehiclePurchase(id: $id, reason: "预算不足") { status decisionReason } }', { id: second.id })).rejectVehiclePurchase).toEqual({ status: 'REJECTED', decisionReason: '预算不足' });
    expectError(await as('assets', 'mutation ($id: ID!) { approveVehiclePurchase(id: $id) { status } }', { id: second.id }), 'CONFLICT');
  });
});
