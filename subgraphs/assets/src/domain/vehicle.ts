import type { Refusal } from '@jiguan/shared-schema/errors';
import type { EnergyType, VehicleKind } from '../../prisma/generated/enums.ts';

/** 新能源汽车: battery-electric and plug-in hybrid. */
export const NEW_ENERGY_TYPES: readonly EnergyType[] = ['BATTERY_ELECTRIC', 'PLUG_IN_HYBRID'];

/** Only vehicles that burn fuel carry a fuel card. */
export function usesFuel(energyType: EnergyType): boolean {
  return energyType !== 'BATTERY_ELECTRIC';
}

/** Only enforcement vehicles (执法执勤用车) join the time-share pool. */
export function timeSharePoolProblem(vehicle: { kind: VehicleKind; timeShare?: boolean | null }): Refusal | null {
  return vehicle.timeShare && vehicle.kind !== 'ENFORCEMENT'
    ? { code: 'BAD_USER_INPUT', reason: 'POOL_ENFORCEMENT_ONLY', field: 'timeShare', message: '只有执法执勤用车可以纳入分时租赁' }
    : null;
}
