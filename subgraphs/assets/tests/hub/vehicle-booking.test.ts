import { demoUnitId } from '@jiguan/demo-data/songjiang-units';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, dataOf, expectError } from './client.ts';

const BOOK = 'mutation ($input: BookVehicleInput!) { bookVehicle(input: $input) { id status startsAt endsAt } }';
const CANCEL = 'mutation ($id: ID!) { cancelVehicleBooking(id: $id) { id status } }';
const RENTER = demoUnitId('区市场监管局');
let vehicleId = '';
/** A future day of its own per run, so the windows below are free whatever earlier runs booked. */
const DAY = new Date(Date.UTC(2030, 0, 1) + Math.floor(Math.random() * 18_000) * 86_400_000).toISOString().slice(0, 10);
const at = (time: string, day = DAY) => `${day}T${time}:00Z`;
const NEXT_DAY = new Date(Date.parse(DAY) + 86_400_000).toISOString().slice(0, 10);

const book = (startsAt: string, endsAt: string, vehicle = vehicleId) =>
  as('assets', BOOK, { input: { vehicleId: vehicle, organizationId: RENTER, startsAt, endsAt, purpose: '市场监管执法检查' } });

beforeAll(async () => {
  const { vehicles } = dataOf(await as('assets', '{ vehicles(first: 1, filter: { timeShare: true, status: IN_SERVICE }) { edges { node { id } } } }'));
  vehicleId = vehicles.edges[0].node.id;
});

describe('time-share rental of pool vehicles', () => {
  it('never lets two live bookings of a vehicle overlap; back to back is fine', async () => {
    const first = dataOf(await book(at('00:30'), at('04:30'))).bookVehicle;
    expect(first.status).toBe('BOOKED');
    expectError(await book(at('04:00'), at('06:00')), 'CONFLICT');
    expectError(await book(at('01:00'), at('02:00')), 'CONFLICT');
    dataOf(await book(at('04:30'), at('09:30')));
    // Cancelling frees the window.
    expect(dataOf(await as('assets', CANCEL, { id: first.id })).cancelVehicleBooking.status).toBe('CANCELLED');
    expectError(await as('assets', CANCEL, { id: first.id }), 'CONFLICT');
    dataOf(await book(at('01:00'), at('02:00')));
  });

  it('books only one of concurrent overlapping requests', async () => {
    // Eight windows that all contain 08:00–09:00.
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => book(at(`0${i}:00`, NEXT_DAY), at('09:00', NEXT_DAY))));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(7);
  });

  it('refuses a vehicle outside the pool, a backwards window, and everyone but staff', async () => {
    const { vehicles } = dataOf(await as('assets', '{ vehicles(first: 1, filter: { timeShare: false, status: IN_SERVICE }) { edges { node { id } } } }'));
    expectError(await book(at('01:00'), at('02:00'), vehicles.edges[0].node.id), 'BAD_USER_INPUT', 'input.vehicleId');
    expectError(await book(at('02:00'), at('01:00')), 'BAD_USER_INPUT', 'input.endsAt');
    for (const user of ['unit', 'leader'] as const) {
      expectError(await as(user, BOOK, { input: { vehicleId, organizationId: RENTER, startsAt: at('20:00'), endsAt: at('21:00'), purpose: 'x' } }), 'FORBIDDEN');
    }
  });
});
