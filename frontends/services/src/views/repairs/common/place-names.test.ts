import { describe, expect, it } from 'vitest';
import { buildingName, vehicleName } from './place-names';

describe('place names', () => {
  it('names a building assets shows, else gives its id', () => {
    expect(buildingName({ buildingId: 'building-0001', building: { name: '区办公中心1号楼' } })).toBe('区办公中心1号楼');
    expect(buildingName({ buildingId: 'building-0003', building: null })).toBe('building-0003');
    expect(buildingName({ buildingId: null, building: null })).toBe('');
  });

  it('names a vehicle by plate and model, else its id, and none for a fleet activity', () => {
    expect(vehicleName({ vehicleId: 'vehicle-007', vehicle: { plateNumber: '沪A·D1234', model: '比亚迪 汉' } })).toBe('沪A·D1234 · 比亚迪 汉');
    expect(vehicleName({ vehicleId: 'vehicle-007', vehicle: null })).toBe('vehicle-007');
    expect(vehicleName({ vehicleId: null, vehicle: null })).toBeNull();
  });
});
