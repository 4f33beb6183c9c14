/**
 * The rows the seed writes, checked for what the published figures do not show: dates that come
 * after the vehicle they belong to, plan incomes at the rents the dataset itself has, and the bodies
 * set up in 2024 holding nothing from before they existed.
 */
import { describe, expect, it } from 'vitest';
import { assetsDataset } from '../seed.ts';
import { SET_UP_IN_2024 } from './units.ts';
import { isoDay } from './values.ts';

const { property, idle, vehicles } = assetsDataset();
const purchasedOn = new Map(vehicles.vehicles.map((vehicle) => [vehicle.id, vehicle.purchasedOn as Date]));
const floorArea = new Map(property.buildings.map(({ row, floorAreaCents }) => [row.id, floorAreaCents / 100]));
const perM2 = (yuan: unknown, buildingId: string) => Number(yuan) / (floorArea.get(buildingId) ?? Number.NaN);

describe('the assets demo dataset', () => {
  it('dates every fuel-card top-up, service record and trip on or after the day its vehicle was bought', () => {
    const beforePurchase = (vehicleId: string, date: unknown) => (date as Date) < (purchasedOn.get(vehicleId) ?? new Date(0));
    expect(vehicles.fuelTopUps.filter((row) => beforePurchase(row.vehicleId, row.toppedUpOn)).map((row) => row.id)).toEqual([]);
    expect(vehicles.serviceRecords.filter((row) => beforePurchase(row.vehicleId, row.servicedOn)).map((row) => row.id)).toEqual([]);
    expect(vehicles.trips.filter((row) => beforePurchase(row.vehicleId, row.tripDate)).map((row) => row.id)).toEqual([]);
  });

  it('spreads the trips of 2024 over every month of the year', () => {
    const months = new Set(vehicles.trips.map((trip) => isoDay(trip.tripDate as Date).slice(0, 7)));
    expect([...months].sort()).toEqual(Array.from({ length: 12 }, (_, month) => `2024-${String(month + 1).padStart(2, '0')}`));
  });

  it('expects of the open lease and hand-over plans a yearly income a m² within what the seeded leases and hand-overs bring', () => {
    const rents = [
      ...property.leases.filter((lease) => lease.kind === 'LEASE').map((lease) => perM2(lease.yearlyRent, lease.buildingId)),
      ...idle.handovers.map((handover) => perM2(handover.yearlyRent, handover.buildingId)),
    ];
    const [lowest, highest] = [Math.min(...rents), Math.max(...rents)];
    const open = idle.plans.filter((plan) => plan.status === 'PLANNED' && (plan.planType === 'LEASE' || plan.planType === 'HAND_OVER'));
    expect(open.length).toBeGreaterThan(0);
    const outside = open.filter((plan) => {
      const expected = perM2(plan.expectedYearlyIncome, plan.buildingId);
      return !(expected >= lowest && expected <= highest);
    });
    expect(outside.map((plan) => `${plan.id} ${perM2(plan.expectedYearlyIncome, plan.buildingId).toFixed(1)} yuan/m²`)).toEqual([]);
  });

  it('gives the four bodies set up in 2024 no rented space and only rooms from 2024 on', () => {
    expect(SET_UP_IN_2024).toHaveLength(4);
    expect(idle.rentedSpaces.filter((space) => SET_UP_IN_2024.includes(space.organizationId))).toEqual([]);
    const theirRooms = property.roomAllocations.filter((allocation) => SET_UP_IN_2024.includes(allocation.organizationId));
    expect(theirRooms.length).toBeGreaterThan(0);
    expect(theirRooms.filter((allocation) => (allocation.startsOn as Date) < new Date('2024-01-01T00:00:00Z'))).toEqual([]);
  });
});
