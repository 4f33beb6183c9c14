import { requestGraphQL, useConnectionTable } from '@jiguan/kit';
import { reactive, watch } from 'vue';
import type { RequestStatus } from '../../../generated/graphql';
import { warehouseRequestsQuery } from './warehouse-requests-query';

/**
 * Reallocation requests, newest first, paged by the server (a unit user gets only their unit's).
 * `initialStatus`: staff open the page on what waits for them, a unit user on all of theirs.
 */
export function useWarehouseRequestsTable(initialStatus: RequestStatus | undefined) {
  const filters = reactive<{ status?: RequestStatus; organizationId?: string }>({ status: initialStatus });
  const table = useConnectionTable({
    fetchPage: async (page) => {
      const filter = { status: filters.status || undefined, organizationId: filters.organizationId || undefined };
      return (await requestGraphQL(warehouseRequestsQuery, { ...page, filter })).warehouseRequests;
    },
  });
  watch(filters, () => void table.applySearch());
  return { table, filters };
}
