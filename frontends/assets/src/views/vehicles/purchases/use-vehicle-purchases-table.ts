import { requestGraphQL, useConnectionTable } from '@jiguan/kit';
import { reactive, watch } from 'vue';
import type { ApprovalStatus } from '../../../generated/graphql';
import { vehiclePurchasesQuery } from './vehicle-purchases-query';

/** Units' requests to buy vehicles (车辆配备审核), newest first, filtered by status on the server. */
export function useVehiclePurchasesTable() {
  const filters = reactive<{ status?: ApprovalStatus }>({});
  const table = useConnectionTable({
    fetchPage: async (page) => (await requestGraphQL(vehiclePurchasesQuery, { ...page, filter: { status: filters.status || undefined } })).vehiclePurchaseApprovals,
  });
  watch(filters, () => void table.applySearch());
  return { table, filters };
}
