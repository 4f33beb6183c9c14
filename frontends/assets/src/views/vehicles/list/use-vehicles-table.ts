import { requestGraphQL, useConnectionTable } from '@jiguan/kit';
import { reactive, watch } from 'vue';
import type { EnergyType, VehicleKind, VehicleStatus } from '../../../generated/graphql';
import { vehiclesQuery } from './vehicles-query';

/** Official vehicles by plate number, searched, filtered and paged by the server. */
export function useVehiclesTable() {
  const filters = reactive<{ energyType?: EnergyType; kind?: VehicleKind; status?: VehicleStatus }>({ status: 'IN_SERVICE' });
  const table = useConnectionTable({
    fetchPage: async (page, search) => {
      const filter = { search, energyType: filters.energyType || undefined, kind: filters.kind || undefined, status: filters.status || undefined };
      return (await requestGraphQL(vehiclesQuery, { ...page, filter })).vehicles;
    },
  });
  watch(filters, () => void table.applySearch());
  return { table, filters };
}
