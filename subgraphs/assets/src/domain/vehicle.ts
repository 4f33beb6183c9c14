import type { EnergyType } from '../../prisma/generated/enums.ts';

/** 新能源汽车: battery-electric and plug-in hybrid. */
export const NEW_ENERGY_TYPES: readonly EnergyType[] = ['BATTERY_ELECTRIC', 'PLUG_IN_HYBRID'];

/** Only vehicles that burn fuel carry a fuel card. */
export function usesFuel(energyType: EnergyType): boolean {
  return energyType !== 'BATTERY_ELECTRIC';
}
