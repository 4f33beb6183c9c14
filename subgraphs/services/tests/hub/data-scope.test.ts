import { beforeAll, describe, expect, it } from 'vitest';
import { as, AUDIT_UNIT, BOOK, CANCEL_ORDER, createTestRoom, dataOf, expectError, FINANCE_UNIT, localSlot, ORDER_MEAL, peopleOf, shanghaiDay, tokenOfUnitUser, withToken } from './client.ts';

/**
 * Who sees which services rows: services staff, leaders and admins every unit's; a unit user its
 * own unit's bookings and visitors only (rooms are open to every reader); another department's
 * staff is no reader of the domain.
 */
let room = '';
const LISTS = `query ($room: ID!, $audit: ID!, $finance: ID!) {
  all: roomBookings(filter: { meetingRoomId: $room }) { totalCount edges { node { organization { id } } } }
  theirs: roomBookings(filter: { meetingRoomId: $room, organizationId: $finance }) { totalCount }
  ours: roomBookings(filter: { meetingRoomId: $room, organizationId: $audit }) { totalCount }
  financeVisits: visits(filter: { organizationId: $finance }) { totalCount }
  financeOrders: workOrders(filter: { organizationId: $finance }) { totalCount }
  financeFeedback: feedback(filter: { organizationId: $finance }) { totalCount }
  meetingRooms(filter: { buildingId: "building-0002" }) { totalCount }
}`;

beforeAll(async () => {
  room = await createTestRoom();
  await as('unit', BOOK, { input: { meetingRoomId: room, ...localSlot(70), attendees: 2, purpose: '审计局的' } });
  await as('services', BOOK, { input: { meetingRoomId: room, organizationId: FINANCE_UNIT, ...localSlot(71), attendees: 2, purpose: '财政局的' } });
  await as('services', 'mutation ($input: RegisterVisitInput!) { registerVisit(input: $input) { id } }', {
    input: { organizationId: FINANCE_UNIT, visitorName: '李四', phone: '13900001111', idNumber: '11010519491231002X', expectedAt: new Date(Date.now() + 86_400_000).toISOString(), purpose: '财政局访客' },
  });
  await as('services', 'mutation ($input: SubmitWorkOrderInput!) { submitWorkOrder(input: $input) { id } }', { input: { organizationId: FINANCE_UNIT, buildingId: 'building-0003', category: 'NETWORK', description: '网络中断', priority: 'HIGH' } });
  await as('services', 'mutation ($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { id } }', { input: { organizationId: FINANCE_UNIT, subject: '停车', content: '车位紧张' } });
});

describe('the services data scope', () => {
  it('staff and leaders see every unit’s bookings and visitors', async () => {
    for (const user of ['services', 'leader', 'admin'] as const) {
      const data = dataOf(await as(user, LISTS, { room, audit: AUDIT_UNIT, finance: FINANCE_UNIT }));
      expect([data.all.totalCount, data.theirs.totalCount, data.ours.totalCount]).toEqual([2, 1, 1]);
      expect(data.financeVisits.totalCount).toBeGreaterThanOrEqual(1);
      expect(data.financeOrders.totalCount).toBeGreaterThanOrEqual(1);
      expect(data.financeFeedback.totalCount).toBeGreaterThanOrEqual(1);
    }
  });

  it('a unit user sees its own unit’s only, and every room', async () => {
    const data = dataOf(await as('unit', LISTS, { room, audit: AUDIT_UNIT, finance: FINANCE_UNIT }));
    expect([data.all.totalCount, data.theirs.totalCount, data.ours.totalCount, data.financeVisits.totalCount, data.financeOrders.totalCount, data.financeFeedback.totalCount]).toEqual([1, 0, 1, 0, 0, 0]);
    expect(data.all.edges.map((e: any) => e.node.organization.id)).toEqual([AUDIT_UNIT]);
    expect(data.meetingRooms.totalCount).toBeGreaterThanOrEqual(1);
    const { roomBookings } = dataOf(await as('services', 'query ($room: ID!, $f: ID!) { roomBookings(filter: { meetingRoomId: $room, organizationId: $f }) { edges { node { id } } } }', { room, f: FINANCE_UNIT }));
    const other = roomBookings.edges[0].node.id;
    expect(dataOf(await as('unit', 'query ($id: ID!) { roomBooking(id: $id) { id } }', { id: other })).roomBooking).toBeNull();
    expectError(await as('unit', 'mutation ($input: RoomBookingStepInput!) { cancelRoomBooking(input: $input) { id } }', { input: { id: other } }), 'NOT_FOUND');
  });

  it('another department’s staff is no reader of the domain', async () => {
    expectError(await as('assets', LISTS, { room, audit: AUDIT_UNIT, finance: FINANCE_UNIT }), 'FORBIDDEN');
  });
});

describe('the meal orders’ data scope', () => {
  it('a unit user sees its unit’s orders, a SELF-scope person their own only, staff and leaders all', async () => {
    const day = shanghaiDay(8);
    const input = { canteenId: 'canteen-5', servedOn: day, sitting: 'DINNER' };
    const [financePerson] = await peopleOf('区财政局', 1);
    const [auditPerson] = await peopleOf('区审计局', 1);
    const finance = await tokenOfUnitUser('meals-finance', financePerson!);
    const self = await tokenOfUnitUser('meals-self', auditPerson!, 'SELF');
    const theirs = dataOf(await withToken(finance, ORDER_MEAL, { input })).orderMeal;
    expect(theirs.organization.id).toBe(FINANCE_UNIT);
    const own = dataOf(await withToken(self, ORDER_MEAL, { input })).orderMeal;
    expect(own.organization.id).toBe(AUDIT_UNIT);
    const ours = dataOf(await as('unit', ORDER_MEAL, { input })).orderMeal;

    const LIST = 'query ($day: Date!) { mealOrders(filter: { canteenId: "canteen-5", from: $day, to: $day }) { totalCount edges { node { id organization { id } } } } }';
    const ids = (data: any) => data.mealOrders.edges.map((e: any) => e.node.id).sort();
    for (const user of ['services', 'leader', 'admin'] as const) expect(ids(dataOf(await as(user, LIST, { day })))).toEqual([theirs.id, own.id, ours.id].sort());
    expect(ids(dataOf(await as('unit', LIST, { day })))).toEqual([own.id, ours.id].sort());
    expect(ids(dataOf(await withToken(self, LIST, { day })))).toEqual([own.id]);
    expect(ids(dataOf(await withToken(finance, LIST, { day })))).toEqual([theirs.id]);
    // Another unit's order is not there to cancel.
    expectError(await as('unit', CANCEL_ORDER, { input: { id: theirs.id } }), 'NOT_FOUND');
    // A colleague's order is seen, not cancelled.
    expect(expectError(await as('unit', CANCEL_ORDER, { input: { id: own.id } }), 'FORBIDDEN')?.extensions?.reason).toBe('NOT_OWN_MEAL_ORDER');
    // Of the seeded December orders too, a SELF-scope person sees their own only.
    const seeded = dataOf(await withToken(self, '{ mealOrders(first: 100, filter: { to: "2024-12-31" }) { edges { node { person { id } } } } }')).mealOrders.edges;
    expect(seeded.length).toBeGreaterThan(0);
    expect(new Set(seeded.map((e: any) => e.node.person.id))).toEqual(new Set([auditPerson]));
    expect(dataOf(await withToken(self, '{ menu(canteenId: "canteen-1", servedOn: "2024-12-02") { totalCount } }')).menu.totalCount).toBe(16);
  });
});
