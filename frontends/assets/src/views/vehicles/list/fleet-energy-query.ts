import { graphql } from '../../../generated/gql';

/**
 * The vehicles in service by energy type, counted by the server (the viewer's scope applies: a unit
 * user counts their own unit's), one alias per value of the EnergyType enum.
 */
export const fleetEnergyQuery = graphql(`
  query AssetsFleetEnergy {
    BATTERY_ELECTRIC: vehicles(first: 1, filter: { status: IN_SERVICE, energyType: BATTERY_ELECTRIC }) { totalCount }
    PLUG_IN_HYBRID: vehicles(first: 1, filter: { status: IN_SERVICE, energyType: PLUG_IN_HYBRID }) { totalCount }
    FUEL: vehicles(first: 1, filter: { status: IN_SERVICE, energyType: FUEL }) { totalCount }
  }
`);

/** For those who may read the figures: the year's new-energy share of approved purchases (A11). */
export const purchaseShareQuery = graphql(`
  query AssetsPurchaseShare($year: Int!) {
    period(year: $year) { assets { newEnergyPurchaseShare vehiclePurchases { approved newEnergy } } }
  }
`);
