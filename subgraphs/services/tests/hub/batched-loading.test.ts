import { beforeAll, expect, it } from 'vitest';
import { as, BOOK, createTestRoom, dataOf, FINANCE_UNIT, localSlot, servicesUrl, sqlStatementCount } from './client.ts';

/** SQL statements do not grow with the rows: a 200-booking page with nested fields costs what a 10-booking one does. */
const BOOKINGS = `query ($first: Int!) { roomBookings(first: $first, orderBy: STARTS_AT) { totalCount edges { node {
  status startsAt endsAt attendees purpose allowedActions icalendar
  meetingRoom { name capacity openHours buildingId }
  organization { id roomBookings(first: 2) { totalCount edges { node { id } } } }
  organiser { id }
} } } }`;

async function statementsOnce(first: number) {
  const before = await sqlStatementCount(servicesUrl());
  const data = dataOf(await as('services', BOOKINGS, { first }));
  expect(data.roomBookings.edges).toHaveLength(first);
  return (await sqlStatementCount(servicesUrl())) - before;
}

const statementsFor = async (first: number) => Math.min(await statementsOnce(first), await statementsOnce(first), await statementsOnce(first));

beforeAll(async () => {
  const { totalCount } = dataOf(await as('services', '{ roomBookings { totalCount } }')).roomBookings;
  if (totalCount >= 200) return;
  const room = await createTestRoom();
  // A weekly series of 52 four times over (four rooms' worth of slots), for two units.
  for (let i = 0; totalCount + i * 52 < 200; i += 1) {
    const target = i === 0 ? room : await createTestRoom();
    dataOf(await as('services', BOOK, { input: { meetingRoomId: target, organizationId: FINANCE_UNIT, ...localSlot(80 + i), attendees: 2, purpose: '批量', recurrence: { frequency: 'WEEKLY', count: 52 } } }));
  }
}, 120_000);

it('lists 200 bookings with their room, unit and organiser in as many SQL statements as 10', async () => {
  await statementsFor(2);
  const few = await statementsFor(10);
  const many = await statementsFor(200);
  console.log(`roomBookings(first: 10) → ${few}; roomBookings(first: 200) → ${many} SQL statements`);
  expect(many).toBe(few);
  expect(many).toBeLessThanOrEqual(8);
});

const ORDERS = `query ($first: Int!) { mealOrders(first: $first, filter: { from: "2024-12-16", to: "2024-12-31" }) { totalCount edges { node {
  servedOn sitting orderedAt cutoff allowedActions person { id }
  canteen { name seats }
  organization { id }
} } } }`;

it('lists 200 meal orders with their canteen, unit and person in as many SQL statements as 10', async () => {
  const once = async (first: number) => {
    const before = await sqlStatementCount(servicesUrl());
    expect(dataOf(await as('services', ORDERS, { first })).mealOrders.edges).toHaveLength(first);
    return (await sqlStatementCount(servicesUrl())) - before;
  };
  const statements = async (first: number) => Math.min(await once(first), await once(first), await once(first));
  await statements(2);
  const few = await statements(10);
  const many = await statements(200);
  console.log(`mealOrders(first: 10) → ${few}; mealOrders(first: 200) → ${many} SQL statements`);
  expect(many).toBe(few);
});
