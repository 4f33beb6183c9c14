import { defineDocument } from '@jiguan/kit';
import type { EnergyType } from './vehicles-query';

type Count = { totalCount: number };

/**
 * The vehicles in service by energy type, counted by the server (the viewer's scope applies: a unit
 * user counts their own unit's), and, for those who may read the figures, the year's new-energy
 * share of approved purchases (A11).
 */
export const fleetEnergyQuery = defineDocument<Record<EnergyType, Count>, Record<string, never>>(`
  query AssetsFleetEnergy {
    BATTERY_ELECTRIC: vehicles(first: 1, filter: { status: IN_SERVICE, energyType: BATTERY_ELECTRIC }) { totalCount }
    PLUG_IN_HYBRID: vehicles(first: 1, filter: { status: IN_SERVICE, energyType: PLUG_IN_HYBRID }) { totalCount }
    FUEL: vehicles(first: 1, filter: { status: IN_SERVICE, energyType: FUEL }) { totalCount }
  }
`);

export const purchaseShareQuery = defineDocument<
  { period: { assets: { newEnergyPurchaseShare: string | null; vehiclePurchases: { approved: number; newEnergy: number } } } },
  { year: number }
>(`
  query AssetsPurchaseShare($year: Int!) {
    period(year: $year) { assets { newEnergyPurchaseShare vehiclePurchases { approved newEnergy } } }
  }
`);
