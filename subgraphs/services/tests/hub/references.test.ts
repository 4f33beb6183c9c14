import { describe, expect, it } from 'vitest';
import { as, dataOf } from './client.ts';

/**
 * The services rows name the assets Building and Vehicle as federation references: the gateway
 * resolves them in assets, whose data scope decides who sees which. Services staff (every unit)
 * see each one; a unit user sees the buildings assets shows it and null for the others, never an
 * error that would take the list down with it.
 */
interface RoomRow {
  buildingId: string;
  building: { id: string } | null;
}
interface EventRow {
  vehicleId: string | null;
  vehicle: { id: string; plateNumber: string } | null;
}

const ROOMS = '{ meetingRooms(first: 100) { edges { node { buildingId building { id name address } } } } }';

describe('the assets references of the services rows', () => {
  it('give services staff the building of every meeting room, canteen and work order', async () => {
    const result = await as('services', `{
      meetingRooms(first: 100) { edges { node { buildingId building { id name } } } }
      canteens(first: 10) { edges { node { buildingId building { name } } } }
      workOrders(first: 50) { edges { node { buildingId building { name } } } }
    }`);
    expect(result.errors).toBeUndefined();
    const rows = [...result.data!.meetingRooms.edges, ...result.data!.canteens.edges, ...result.data!.workOrders.edges].map((edge: { node: { buildingId: string; building: { name: string } | null } }) => edge.node);
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.filter((row) => !row.building?.name)).toEqual([]);
    expect(result.data!.canteens.edges.map((edge: { node: { building: { name: string } } }) => edge.node.building.name)).toContain('区办公中心1号楼');
  });

  it('give a unit user the buildings assets shows it, and null without an error for the others', async () => {
    const visible = dataOf(await as('unit', '{ buildings(first: 200) { edges { node { id } } } }')).buildings.edges.map((edge: { node: { id: string } }) => edge.node.id);
    const result = await as('unit', ROOMS);
    expect(result.errors).toBeUndefined();
    const rooms: RoomRow[] = result.data!.meetingRooms.edges.map((edge: { node: RoomRow }) => edge.node);
    expect(rooms.some((room) => room.building === null)).toBe(true);
    for (const room of rooms) expect(room.building?.id ?? null).toBe(visible.includes(room.buildingId) ? room.buildingId : null);
  });

  it('give services staff the plate of each vehicle in the driving record', async () => {
    const result = await as('services', '{ vehicleRecordEvents(first: 100) { edges { node { vehicleId vehicle { id plateNumber } } } } }');
    expect(result.errors).toBeUndefined();
    const events: EventRow[] = result.data!.vehicleRecordEvents.edges.map((edge: { node: EventRow }) => edge.node).filter((event: EventRow) => event.vehicleId);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(event.vehicle).toEqual({ id: event.vehicleId, plateNumber: expect.stringMatching(/^沪/) });
  });

  it('keep the rest of a vehicle for readers of the assets domain', async () => {
    const result = await as('services', '{ vehicleRecordEvents(first: 5, filter: { kind: ACCIDENT }) { edges { node { vehicle { plateNumber purchasePrice } } } } }');
    expect(result.errors?.map((error) => error.extensions?.code)).toContain('FORBIDDEN');
  });
});
