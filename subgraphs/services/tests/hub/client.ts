import { demoUnitId } from '@jiguan/demo-data/songjiang-units';
import { as, asDirectAt, dataOf, tokenWithScope, type DemoUser } from '@jiguan/runner/testing/demo-client';
import { postGraphQL, sqlStatementCount } from '@jiguan/runner/testing/graphql-client';
import { testHub } from '@jiguan/runner/testing/test-hub';
import pg from 'pg';

export { as, dataOf, type DemoUser };
export { expectError } from '@jiguan/runner/testing/demo-client';
export { sqlStatementCount };

/** Runs an operation against the services subgraph itself, as the gateway would forward it. */
export const asDirect = <TData = Record<string, any>>(user: DemoUser, query: string, variables?: Record<string, unknown>) =>
  asDirectAt<TData>('services', user, query, variables);

export const servicesUrl = () => testHub().subgraphUrls.services ?? '';
export const directoryUrl = () => testHub().subgraphUrls.directory ?? '';

/** Runs an operation through the gateway with a token of an account the test made. */
export const withToken = <TData = Record<string, any>>(token: string, query: string, variables?: Record<string, unknown>) =>
  postGraphQL<TData>(testHub().gatewayUrl, query, { token, variables });

/** The unit user `unit` belongs to 区审计局. */
export const AUDIT_UNIT = demoUnitId('区审计局');
export const FINANCE_UNIT = demoUnitId('区财政局');
/** 区办公中心1号楼 in the assets register. */
export const OFFICE_CENTRE_1 = 'building-0002';

/** A unit-user account of its own for another unit (to read as that unit). */
export const tokenOfUnitUser = (username: string, personId: string, dataScope = 'DEPARTMENT') =>
  tokenWithScope({ username: `${username}-${process.pid}`, personId, roles: ['UNIT_USER'], dataScope });

/** The ids of `count` people of a demo unit, from the directory. */
export async function peopleOf(unitName: string, count: number): Promise<string[]> {
  const { people } = dataOf(await as('admin', 'query ($id: ID!) { people(first: 200, filter: { organizationId: $id }) { edges { node { id } } } }', { id: demoUnitId(unitName) }));
  const ids = (people.edges as { node: { id: string } }[]).map((e) => e.node.id).filter((id) => !id.startsWith('person-demo-'));
  if (ids.length < count) throw new Error(`${unitName} has ${ids.length} people, the test wants ${count}`);
  return ids.slice(0, count);
}

let rooms = 0;

/** A meeting room of the test's own in 区办公中心1号楼, open all day unless said otherwise. */
export async function createTestRoom(options: { needsApproval?: boolean; capacity?: number; opensAtMinute?: number; closesAtMinute?: number; buildingId?: string } = {}): Promise<string> {
  rooms += 1;
  const { createMeetingRoom } = dataOf(
    await as('services', 'mutation ($input: CreateMeetingRoomInput!) { createMeetingRoom(input: $input) { id } }', {
      input: {
        buildingId: options.buildingId ?? OFFICE_CENTRE_1,
        floor: 9,
        name: `测试会议室${process.pid}-${rooms}-${Math.random().toString(36).slice(2, 6)}`,
        capacity: options.capacity ?? 20,
        equipment: ['投影仪'],
        needsApproval: options.needsApproval ?? false,
        opensAtMinute: options.opensAtMinute ?? 0,
        closesAtMinute: options.closesAtMinute ?? 24 * 60,
      },
    }),
  );
  return createMeetingRoom.id as string;
}

/** Shanghai-local 10:00 on a day `daysAhead` from now, plus `minutes`. */
export function localSlot(daysAhead: number, startMinute = 10 * 60, length = 60): { startsAt: string; endsAt: string } {
  const day = new Date(Date.now() + 8 * 3600_000 + daysAhead * 86_400_000).toISOString().slice(0, 10);
  const start = Date.parse(`${day}T00:00:00.000Z`) + (startMinute - 8 * 60) * 60_000;
  return { startsAt: new Date(start).toISOString(), endsAt: new Date(start + length * 60_000).toISOString() };
}

export const BOOK = 'mutation ($input: CreateRoomBookingInput!) { createRoomBooking(input: $input) { id status seriesId allowedActions organization { id } } }';

/** Runs SQL on the hub's database directly (to move a booking's times into the past, which no mutation allows). */
export async function sql(text: string, values: unknown[] = []): Promise<void> {
  const client = new pg.Client(testHub().databaseUrl);
  await client.connect();
  try {
    await client.query(text, values);
  } finally {
    await client.end();
  }
}

/** Changes recorded so far in the services audit trail. */
export async function auditCount(): Promise<number> {
  return dataOf(await as<{ servicesAuditRecords: { totalCount: number } }>('services', '{ servicesAuditRecords(first: 1) { totalCount } }')).servicesAuditRecords.totalCount;
}

/** The Shanghai calendar day `daysAhead` from today, as YYYY-MM-DD (a menu's or a meal order's day). */
export const shanghaiDay = (daysAhead: number): string => new Date(Date.now() + 8 * 3600_000 + daysAhead * 86_400_000).toISOString().slice(0, 10);

export const ADD_DISH = 'mutation ($input: AddMenuDishInput!) { addMenuDish(input: $input) { id name category price sitting servedOn allowedActions canteen { id } } }';
export const ORDER_MEAL = 'mutation ($input: OrderMealInput!) { orderMeal(input: $input) { id servedOn sitting cutoff allowedActions person { id } organization { id } canteen { id } } }';
export const CANCEL_ORDER = 'mutation ($input: MealOrderStepInput!) { cancelMealOrder(input: $input) { id } }';
