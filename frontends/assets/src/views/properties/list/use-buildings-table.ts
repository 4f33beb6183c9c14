import { requestGraphQL, useConnectionTable } from '@jiguan/kit';
import { reactive, watch } from 'vue';
import type { BuildingUse, CertificateStatus } from '../../../generated/graphql';
import { buildingsQuery } from './buildings-query';

/** The property register, filtered and paged by the server; a new filter starts again at page one. */
export function useBuildingsTable() {
  // Selects write undefined (or '') when cleared: both mean "any".
  const filters = reactive<{ certificateStatus?: CertificateStatus; currentUse?: BuildingUse; usingUnitId?: string }>({});
  const table = useConnectionTable({
    fetchPage: async (page, search) => {
      const filter = {
        search,
        certificateStatus: filters.certificateStatus || undefined,
        currentUse: filters.currentUse || undefined,
        usingUnitId: filters.usingUnitId || undefined,
      };
      return (await requestGraphQL(buildingsQuery, { ...page, filter })).buildings;
    },
  });
  watch(filters, () => void table.applySearch());
  return { table, filters };
}
