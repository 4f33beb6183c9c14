import { demoUnitId } from '@jiguan/demo-data/songjiang-units';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, asDirect, dataOf, expectError } from './client.ts';

/**
 * Every mutation refuses bad input with BAD_USER_INPUT naming the field (NOT_FOUND for an unknown
 * id), and writes nothing: the row counts of every table and the audit trail stay as they were.
 */
const ids = {
  building: 'building-0001',
  floor: 'floor-SJ-FW-0001-1',
  vehicle: '',
  poolVehicle: '',
  allocation: '',
  rectificationItem: '',
  lease: '',
  rentedSpace: '',
  item: '',
  request: '',
  disposal: '',
  purchase: '',
  booking: '',
  physicalWarehouse: '',
};

const CENSUS = `query ($building: ID!, $vehicle: ID!) {
  buildings(filter: { includeDisposed: true }) { totalCount } inspections { totalCount } rectificationItems { totalCount }
  revitalisationPlans { totalCount } handovers { totalCount } leases { totalCount } rentedSpaces { totalCount }
  roomAllocations { totalCount } warehouseItems { totalCount } warehouseRequests { totalCount } warehouseIssues { totalCount }
  disposals { totalCount } vehicles { totalCount } vehiclePurchaseApprovals { totalCount } fuelTopUps { totalCount }
  vehicleBookings { totalCount } officeSpaceStandards { totalCount } assetsAuditRecords { totalCount }
  building(id: $building) { surveys { totalCount } archiveDocuments { totalCount } floors { totalCount edges { node { rooms { totalCount } } } } }
  vehicle(id: $vehicle) { trips { totalCount } serviceRecords { totalCount } }
}`;
const census = async () => dataOf(await as('assets', CENSUS, { building: ids.building, vehicle: ids.vehicle }));

const first = async (query: string) => {
  const data = dataOf(await as('assets', query));
  return (Object.values(data)[0] as { edges: { node: { id: string } }[] }).edges[0]?.node.id ?? '';
};

beforeAll(async () => {
  ids.vehicle = await first('{ vehicles(first: 1, filter: { status: IN_SERVICE, energyType: FUEL, timeShare: false }) { edges { node { id } } } }');
  ids.poolVehicle = await first('{ vehicles(first: 1, filter: { timeShare: true }) { edges { node { id } } } }');
  ids.allocation = await first('{ roomAllocations(first: 1, filter: { current: true }) { edges { node { id } } } }');
  ids.rectificationItem = await first('{ rectificationItems(first: 1, filter: { status: RECTIFYING }) { edges { node { id } } } }');
  ids.lease = await first('{ leases(first: 1, filter: { kind: LEASE }) { edges { node { id } } } }');
  ids.rentedSpace = await first('{ rentedSpaces(first: 1, filter: { current: true }) { edges { node { id } } } }');
  ids.item = await first('{ warehouseItems(first: 1, filter: { state: LISTED, warehouseKind: PHYSICAL }) { edges { node { id } } } }');
  ids.request = await first('{ warehouseRequests(first: 1, filter: { status: PENDING }) { edges { node { id } } } }');
  ids.disposal = await first('{ disposals(first: 1, filter: { status: SUBMITTED }) { edges { node { id } } } }');
  ids.purchase = await first('{ vehiclePurchaseApprovals(first: 1, filter: { status: PENDING }) { edges { node { id } } } }');
  ids.booking = await first('{ vehicleBookings(first: 1, filter: { status: BOOKED }) { edges { node { id } } } }');
  ids.physicalWarehouse = (dataOf(await as('assets', '{ warehouses { edges { node { id kind } } } }')).warehouses.edges as any[]).find((e) => e.node.kind === 'PHYSICAL').node.id;
});

const unit = demoUnitId('区审计局');
const tooLong = '长'.repeat(501);
const building = { code: 'SJ-FW-BAD', name: '坏输入', address: '上海市松江区测试路', owningUnitId: unit, landArea: '10.00', floorArea: '10.00', certificateStatus: 'CERTIFIED', titleRegistration: 'REGISTERED', bookValue: '1.00', currentUse: 'OFFICE', managedSince: '2025-01-01' };

/** [mutation, variables, expected code, expected field] */
const cases = (): [string, string, Record<string, unknown>, string, string?][] => [
  ['createBuilding', 'mutation ($input: CreateBuildingInput!) { createBuilding(input: $input) { id } }', { input: { ...building, floorArea: '0' } }, 'BAD_USER_INPUT', 'input.floorArea'],
  ['updateBuilding', 'mutation ($input: UpdateBuildingInput!) { updateBuilding(id: "building-0001", input: $input) { id } }', { input: { bookValue: '-5' } }, 'BAD_USER_INPUT', 'input.bookValue'],
  ['recordSurvey', 'mutation ($input: RecordSurveyInput!) { recordSurvey(input: $input) { id } }', { input: { buildingId: ids.building, kind: 'SITE_SURVEY', surveyedOn: '2025-01-01', area: '0', surveyor: '某' } }, 'BAD_USER_INPUT', 'input.area'],
  ['addArchiveDocument', 'mutation ($input: AddArchiveDocumentInput!) { addArchiveDocument(input: $input) { id } }', { input: { buildingId: ids.building, name: '  ', kind: 'PHOTO', documentDate: '2025-01-01' } }, 'BAD_USER_INPUT', 'input.name'],
  ['addFloor', 'mutation ($input: AddFloorInput!) { addFloor(input: $input) { id } }', { input: { buildingId: ids.building, label: '9F', level: 9, area: '0.001' } }, 'BAD_USER_INPUT', 'input.area'],
  ['addRoom', 'mutation ($input: AddRoomInput!) { addRoom(input: $input) { id } }', { input: { floorId: ids.floor, number: '', area: '20.00', use: 'OFFICE' } }, 'BAD_USER_INPUT', 'input.number'],
  ['allocateRoom', 'mutation ($input: AllocateRoomInput!) { allocateRoom(input: $input) { id } }', { input: { roomId: 'no-such-room', organizationId: unit, certificateNumber: 'SJPZ-BAD', startsOn: '2025-01-01' } }, 'BAD_USER_INPUT', 'input.roomId'],
  ['endRoomAllocation', 'mutation ($id: ID!) { endRoomAllocation(id: $id, endedOn: "1999-01-01") { id } }', { id: ids.allocation }, 'BAD_USER_INPUT', 'endedOn'],
  ['setOfficeSpaceStandard', 'mutation { setOfficeSpaceStandard(rank: STAFF, areaPerPerson: "0") { rank } }', {}, 'BAD_USER_INPUT', 'areaPerPerson'],
  ['setStaffing', 'mutation ($id: ID!) { setStaffing(organizationId: $id, staffing: [{ rank: STAFF, approvedHeadcount: 1 }, { rank: STAFF, approvedHeadcount: 2 }]) { id } }', { id: unit }, 'BAD_USER_INPUT', 'staffing'],
  ['setStaffing (negative)', 'mutation ($id: ID!) { setStaffing(organizationId: $id, staffing: [{ rank: STAFF, approvedHeadcount: -1 }]) { id } }', { id: unit }, 'BAD_USER_INPUT', 'staffing.0.approvedHeadcount'],
  ['recordInspection', 'mutation ($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }', { input: { organizationId: unit, inspectedOn: '2025-05-01', inspectors: '某', problems: [{ category: 'SAFETY', description: '某', rectificationItems: [{ suggestion: '某', owner: '某', dueOn: '2025-04-01' }] }] } }, 'BAD_USER_INPUT', 'input.problems.0.rectificationItems.0.dueOn'],
  ['startRectification', 'mutation ($id: ID!, $note: String) { startRectification(id: $id, note: $note) { id } }', { id: ids.rectificationItem, note: tooLong }, 'BAD_USER_INPUT', 'note'],
  ['submitRectification', 'mutation ($id: ID!) { submitRectification(id: $id, note: "") { id } }', { id: ids.rectificationItem }, 'BAD_USER_INPUT', 'note'],
  ['verifyRectification', 'mutation ($id: ID!, $note: String) { verifyRectification(id: $id, note: $note) { id } }', { id: ids.rectificationItem, note: tooLong }, 'BAD_USER_INPUT', 'note'],
  ['rejectRectification', 'mutation ($id: ID!) { rejectRectification(id: $id, note: " ") { id } }', { id: ids.rectificationItem }, 'BAD_USER_INPUT', 'note'],
  ['createRevitalisationPlan', 'mutation ($input: CreateRevitalisationPlanInput!) { createRevitalisationPlan(input: $input) { id } }', { input: { buildingId: ids.building, surveyedOn: '2025-01-01', planType: 'LEASE', expectedYearlyIncome: '-1', description: '某' } }, 'BAD_USER_INPUT', 'input.expectedYearlyIncome'],
  ['recordHandover', 'mutation ($input: RecordHandoverInput!) { recordHandover(input: $input) { id } }', { input: { buildingId: ids.building, recipientId: demoUnitId('商发集团'), handedOverOn: '2025-01-01', yearlyRent: '0' } }, 'BAD_USER_INPUT', 'input.yearlyRent'],
  ['createLease', 'mutation ($input: CreateLeaseInput!) { createLease(input: $input) { id } }', { input: { buildingId: ids.building, kind: 'LOAN', counterparty: '某', startsOn: '2025-01-01', endsOn: '2026-01-01', yearlyRent: '1000.00' } }, 'BAD_USER_INPUT', 'input.yearlyRent'],
  ['endLease', 'mutation ($id: ID!) { endLease(id: $id, endedOn: "1990-01-01") { id } }', { id: ids.lease }, 'BAD_USER_INPUT', 'endedOn'],
  ['createRentedSpace', 'mutation ($input: CreateRentedSpaceInput!) { createRentedSpace(input: $input) { id } }', { input: { organizationId: unit, address: '某', landlord: '某', area: '0', yearlyRent: '1.00', startsOn: '2025-01-01' } }, 'BAD_USER_INPUT', 'input.area'],
  ['giveUpRentedSpace', 'mutation ($id: ID!) { giveUpRentedSpace(id: $id, givenUpOn: "1990-01-01") { id } }', { id: ids.rentedSpace }, 'BAD_USER_INPUT', 'givenUpOn'],
  ['listWarehouseItem', 'mutation ($input: ListWarehouseItemInput!) { listWarehouseItem(input: $input) { id } }', { input: { warehouseId: ids.physicalWarehouse, code: 'GWC-BAD', category: 'FURNITURE', name: '椅子', quantity: 0, originalValue: '1.00', assessedValue: '1.00', newPrice: '1.00', fromUnitId: unit, condition: 'GOOD', listedOn: '2025-01-01' } }, 'BAD_USER_INPUT', 'input.quantity'],
  ['fileWarehouseRequest', 'mutation ($input: FileWarehouseRequestInput!) { fileWarehouseRequest(input: $input) { id } }', { input: { itemId: ids.item, organizationId: unit, quantity: 0, reason: '某' } }, 'BAD_USER_INPUT', 'input.quantity'],
  ['approveWarehouseRequest', 'mutation ($id: ID!, $reason: String) { approveWarehouseRequest(id: $id, reason: $reason) { id } }', { id: ids.request, reason: tooLong }, 'BAD_USER_INPUT', 'reason'],
  ['rejectWarehouseRequest', 'mutation ($id: ID!) { rejectWarehouseRequest(id: $id, reason: "") { id } }', { id: ids.request }, 'BAD_USER_INPUT', 'reason'],
  ['createDisposal', 'mutation ($input: CreateDisposalInput!) { createDisposal(input: $input) { id } }', { input: { organizationId: unit, assetKind: 'VEHICLE', assetCardNumber: 'CL-BAD', assetName: '某', value: '1.00', method: 'SCRAP', reason: '某' } }, 'BAD_USER_INPUT', 'input.vehicleId'],
  ['submitDisposal', 'mutation ($id: ID!) { submitDisposal(id: $id, reason: "") { id } }', { id: ids.disposal }, 'BAD_USER_INPUT', 'reason'],
  ['approveDisposal', 'mutation ($id: ID!) { approveDisposal(id: $id, reason: " ") { id } }', { id: ids.disposal }, 'BAD_USER_INPUT', 'reason'],
  ['rejectDisposal', 'mutation ($id: ID!) { rejectDisposal(id: $id, reason: "") { id } }', { id: ids.disposal }, 'BAD_USER_INPUT', 'reason'],
  ['executeDisposal', 'mutation ($id: ID!, $reason: String!) { executeDisposal(id: $id, reason: $reason) { id } }', { id: ids.disposal, reason: tooLong }, 'BAD_USER_INPUT', 'reason'],
  ['registerVehicle', 'mutation ($input: RegisterVehicleInput!) { registerVehicle(input: $input) { id } }', { input: { plateNumber: '沪AD99999', organizationId: unit, kind: 'SEDAN', energyType: 'BATTERY_ELECTRIC', model: '某', purchasedOn: '2025-01-01', purchasePrice: '1.00', timeShare: true } }, 'BAD_USER_INPUT', 'input.timeShare'],
  ['requestVehiclePurchase', 'mutation ($input: RequestVehiclePurchaseInput!) { requestVehiclePurchase(input: $input) { id } }', { input: { organizationId: unit, vehicleKind: 'SEDAN', energyType: 'FUEL', quantity: 0, budget: '1.00', reason: '某', requestedOn: '2025-01-01' } }, 'BAD_USER_INPUT', 'input.quantity'],
  ['approveVehiclePurchase', 'mutation ($id: ID!, $reason: String) { approveVehiclePurchase(id: $id, reason: $reason) { id } }', { id: ids.purchase, reason: tooLong }, 'BAD_USER_INPUT', 'reason'],
  ['rejectVehiclePurchase', 'mutation ($id: ID!) { rejectVehiclePurchase(id: $id, reason: "") { id } }', { id: ids.purchase }, 'BAD_USER_INPUT', 'reason'],
  ['recordFuelTopUp', 'mutation ($input: RecordFuelTopUpInput!) { recordFuelTopUp(input: $input) { id } }', { input: { vehicleId: ids.vehicle, cardNumber: '1000', toppedUpOn: '2025-01-01', amount: '0' } }, 'BAD_USER_INPUT', 'input.amount'],
  ['recordTrip', 'mutation ($input: RecordTripInput!) { recordTrip(input: $input) { id } }', { input: { vehicleId: ids.vehicle, tripDate: '2025-01-01', distanceKm: '12.34', purpose: '某', driver: '某' } }, 'BAD_USER_INPUT', 'input.distanceKm'],
  ['recordService', 'mutation ($input: RecordServiceInput!) { recordService(input: $input) { id } }', { input: { vehicleId: ids.vehicle, servicedOn: '2025-01-01', kind: 'REPAIR', cost: '-1', workshop: '某', description: '某' } }, 'BAD_USER_INPUT', 'input.cost'],
  ['bookVehicle', 'mutation ($input: BookVehicleInput!) { bookVehicle(input: $input) { id } }', { input: { vehicleId: ids.poolVehicle, organizationId: unit, startsAt: '2031-01-01T05:00:00Z', endsAt: '2031-01-01T04:00:00Z', purpose: '某' } }, 'BAD_USER_INPUT', 'input.endsAt'],
  ['cancelVehicleBooking', 'mutation { cancelVehicleBooking(id: "no-such-booking") { id } }', {}, 'NOT_FOUND'],
];

describe('bad input writes nothing', () => {
  it('covers every mutation of the schema', async () => {
    // The assets subgraph's own schema, so every mutation it has (and only those) must have a case.
    const { __schema } = dataOf(await asDirect('assets', '{ __schema { mutationType { fields { name } } } }'));
    const assetsMutations = (__schema.mutationType.fields as { name: string }[]).map((f) => f.name);
    const covered = new Set(cases().map(([name]) => name.split(' ')[0]));
    expect(assetsMutations.filter((name) => !covered.has(name))).toEqual([]);
  });

  // The cases are built inside each test: the ids they use are looked up in beforeAll.
  it.each(cases().map(([name]) => name))('%s', async (name) => {
    const [, query, variables, code, field] = cases().find((c) => c[0] === name) ?? [];
    if (!query || !variables || !code) throw new Error(`no case ${name}`);
    const before = await census();
    expectError(await as('assets', query, variables), code, field);
    expect(await census()).toEqual(before);
  });
});
