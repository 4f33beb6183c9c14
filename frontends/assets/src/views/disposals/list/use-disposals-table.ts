import { requestGraphQL, useConnectionTable } from '@jiguan/kit';
import { reactive, watch } from 'vue';
import type { DisposalAssetKind, DisposalMethod, DisposalStatus } from '../../../generated/graphql';
import { disposalsQuery } from './disposals-query';

/** Disposal applications, newest first, filtered and paged by the server. */
export function useDisposalsTable() {
  // Selects write undefined (or '') when cleared: both mean "any".
  const filters = reactive<{ status?: DisposalStatus; assetKind?: DisposalAssetKind; method?: DisposalMethod }>({});
  const table = useConnectionTable({
    fetchPage: async (page) => {
      const filter = { status: filters.status || undefined, assetKind: filters.assetKind || undefined, method: filters.method || undefined };
      return (await requestGraphQL(disposalsQuery, { ...page, filter })).disposals;
    },
  });
  watch(filters, () => void table.applySearch());
  return { table, filters };
}
