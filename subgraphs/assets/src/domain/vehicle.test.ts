import { describe, expect, it } from 'vitest';
import { EnergyType } from '../../prisma/generated/enums.ts';
import { NEW_ENERGY_TYPES, usesFuel } from './vehicle.ts';

/** How the 2024 rules treat each energy type: counted as new energy (A11), given a fuel card. */
const EXPECTED: Record<EnergyType, { newEnergy: boolean; fuelCard: boolean }> = {
  BATTERY_ELECTRIC: { newEnergy: true, fuelCard: false },
  PLUG_IN_HYBRID: { newEnergy: true, fuelCard: true },
  FUEL: { newEnergy: false, fuelCard: true },
};

describe('vehicle energy rules', () => {
  it.each(Object.values(EnergyType))('classify %s: new energy or not, fuel card or not', (energyType) => {
    expect({ newEnergy: NEW_ENERGY_TYPES.includes(energyType), fuelCard: usesFuel(energyType) }).toEqual(EXPECTED[energyType]);
  });
});
