import { describe, expect, it } from 'vitest';
import { NEW_ENERGY_TYPES, usesFuel } from './vehicle.ts';

describe('vehicle energy rules', () => {
  it('counts electric and plug-in hybrid as new energy', () => {
    expect(NEW_ENERGY_TYPES).toEqual(['BATTERY_ELECTRIC', 'PLUG_IN_HYBRID']);
  });
  it('gives a fuel card only to vehicles that burn fuel', () => {
    expect(usesFuel('BATTERY_ELECTRIC')).toBe(false);
    expect(usesFuel('PLUG_IN_HYBRID')).toBe(true);
    expect(usesFuel('FUEL')).toBe(true);
  });
});
