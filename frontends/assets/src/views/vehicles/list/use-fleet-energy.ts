import { GraphQLRequestError, requestGraphQL } from '@jiguan/kit';
import { ref, shallowRef } from 'vue';
import { useAssetsAccess } from '../../../composables/use-assets-access';
import type { EnergyType } from '../../../generated/graphql';
import { fleetEnergyQuery, purchaseShareQuery } from './fleet-energy-query';

/** The year whose purchase share (A11) the page shows: the report year. */
export const purchaseShareYear = 2024;

/** The fleet's energy mix and, for figure readers, the new-energy share of the year's purchases. */
export function useFleetEnergy() {
  const { canReadFigures } = useAssetsAccess();
  const counts = shallowRef<Record<EnergyType, number> | null>(null);
  const purchases = shallowRef<{ share: string | null; approved: number; newEnergy: number } | null>(null);
  const error = shallowRef<GraphQLRequestError | null>(null);
  const loading = ref(true);

  async function load(): Promise<void> {
    try {
      const [fleet, period] = await Promise.all([
        requestGraphQL(fleetEnergyQuery),
        canReadFigures.value ? requestGraphQL(purchaseShareQuery, { year: purchaseShareYear }) : Promise.resolve(null),
      ]);
      counts.value = { BATTERY_ELECTRIC: fleet.BATTERY_ELECTRIC.totalCount, PLUG_IN_HYBRID: fleet.PLUG_IN_HYBRID.totalCount, FUEL: fleet.FUEL.totalCount };
      const assets = period?.period.assets;
      purchases.value = assets ? { share: assets.newEnergyPurchaseShare, ...assets.vehiclePurchases } : null;
    } catch (cause) {
      if (!(cause instanceof GraphQLRequestError)) throw cause;
      error.value = cause;
    } finally {
      loading.value = false;
    }
  }

  void load();
  return { counts, purchases, error, loading };
}
