import { demoUnitId } from '@jiguan/demo-data/songjiang-units';
import { describe, expect, it } from 'vitest';
import { as, dataOf, expectError } from './client.ts';

const UNIT = demoUnitId('区审计局');
const USAGE = 'query ($id: ID!) { organization(id: $id) { spaceUsage { officeArea approvedHeadcount allowedArea areaPerPerson overStandard } staffing { rank approvedHeadcount } } }';
const usage = async () => dataOf(await as('unit', USAGE, { id: UNIT })).organization;

/** A new property with one floor and one office room of `area` m², as staff would register it. */
async function newOfficeRoom(area: string) {
  const building = dataOf(
    await as('assets', 'mutation ($input: CreateBuildingInput!) { createBuilding(input: $input) { id } }', {
      input: { code: `SJ-FW-S${Date.now()}`, name: '测试办公楼', address: '上海市松江区测试路2号', owningUnitId: demoUnitId('区机管局'), usingUnitId: UNIT, landArea: '800.00', floorArea: '600.00', certificateStatus: 'CERTIFIED', titleRegistration: 'REGISTERED', bookValue: '3000000.00', currentUse: 'OFFICE', managedSince: '2025-01-02' },
    }),
  ).createBuilding;
  const floor = dataOf(await as('assets', 'mutation ($input: AddFloorInput!) { addFloor(input: $input) { id } }', { input: { buildingId: building.id, label: '1F', level: 1, area: '600.00' } })).addFloor;
  expectError(await as('assets', 'mutation ($input: AddFloorInput!) { addFloor(input: $input) { id } }', { input: { buildingId: building.id, label: '1F', level: 1, area: '600.00' } }), 'CONFLICT');
  return dataOf(await as('assets', 'mutation ($input: AddRoomInput!) { addRoom(input: $input) { id area use } }', { input: { floorId: floor.id, number: '101', area, use: 'OFFICE' } })).addRoom as { id: string };
}

describe('office space against the standard', () => {
  it('counts a room given to the unit, until the unit gives it back', async () => {
    const before = await usage();
    const room = await newOfficeRoom('500.00');
    const ALLOCATE = 'mutation ($input: AllocateRoomInput!) { allocateRoom(input: $input) { id certificateNumber endedOn } }';
    const allocation = dataOf(await as('assets', ALLOCATE, { input: { roomId: room.id, organizationId: UNIT, certificateNumber: `SJPZ-T-${Date.now()}`, startsOn: '2025-03-01' } })).allocateRoom;
    const held = await usage();
    expect(Number(held.spaceUsage.officeArea)).toBeCloseTo(Number(before.spaceUsage.officeArea) + 500, 2);
    expect(held.spaceUsage.overStandard).toBe(true);
    expectError(await as('assets', ALLOCATE, { input: { roomId: room.id, organizationId: demoUnitId('区财政局'), certificateNumber: `SJPZ-T2-${Date.now()}`, startsOn: '2025-03-02' } }), 'CONFLICT');

    const END = 'mutation ($id: ID!, $on: Date!) { endRoomAllocation(id: $id, endedOn: $on) { endedOn } }';
    expect(dataOf(await as('assets', END, { id: allocation.id, on: '2025-06-30' })).endRoomAllocation.endedOn).toBe('2025-06-30');
    expectError(await as('assets', END, { id: allocation.id, on: '2025-07-01' }), 'CONFLICT');
    expect((await usage()).spaceUsage).toEqual(before.spaceUsage);
  });

  it('follows the approved posts and the standard per rank', async () => {
    const before = await usage();
    const staff = before.staffing.find((row: any) => row.rank === 'STAFF').approvedHeadcount;
    const SET = 'mutation ($id: ID!, $n: Int!) { setStaffing(organizationId: $id, staffing: [{ rank: STAFF, approvedHeadcount: $n }]) { staffing { rank approvedHeadcount } } }';
    dataOf(await as('assets', SET, { id: UNIT, n: staff + 10 }));
    const more = (await usage()).spaceUsage;
    expect(more.approvedHeadcount).toBe(before.spaceUsage.approvedHeadcount + 10);
    expect(Number(more.allowedArea)).toBeCloseTo(Number(before.spaceUsage.allowedArea) + 120, 2);
    dataOf(await as('assets', SET, { id: UNIT, n: staff }));

    const STANDARD = 'mutation ($area: Decimal!) { setOfficeSpaceStandard(rank: STAFF, areaPerPerson: $area) { rank areaPerPerson } }';
    expect(dataOf(await as('assets', STANDARD, { area: '12.00' })).setOfficeSpaceStandard).toEqual({ rank: 'STAFF', areaPerPerson: '12.00' });
    expect((await usage()).spaceUsage).toEqual(before.spaceUsage);
  });
});
