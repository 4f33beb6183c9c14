import { requestGraphQL, useConnectionTable } from '@jiguan/kit';
import { reactive, watch } from 'vue';
import type { WorkOrderOrder, WorkOrderPriority, WorkOrderStatus } from '../../../generated/graphql';
import { workOrdersQuery } from './work-orders-query';

export interface WorkOrderFilters {
  status?: WorkOrderStatus;
  priority?: WorkOrderPriority;
  /** Only the overdue ones, only those on time, or either. */
  overdue?: 'OVERDUE' | 'ON_TIME';
  orderBy: WorkOrderOrder;
}

/** The filters as the query takes them: a cleared select (undefined or '') as none. */
export function workOrderVariables(filters: WorkOrderFilters) {
  const overdue = filters.overdue === 'OVERDUE' ? true : filters.overdue === 'ON_TIME' ? false : undefined;
  return { filter: { status: filters.status || undefined, priority: filters.priority || undefined, overdue }, orderBy: filters.orderBy };
}

/** 报修工单: newest first or by due time, filtered and paged by the server. */
export function useWorkOrdersTable() {
  const filters = reactive<WorkOrderFilters>({ orderBy: 'CREATED_AT_DESC' });
  const table = useConnectionTable({
    fetchPage: async (page) => (await requestGraphQL(workOrdersQuery, { ...page, ...workOrderVariables(filters) })).workOrders,
  });
  watch(filters, () => void table.applySearch());
  return { table, filters };
}
