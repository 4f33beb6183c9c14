import { requestGraphQL, useConnectionTable } from '@jiguan/kit';
import { reactive, watch } from 'vue';
import type { PlanStatus, PlanType } from '../../../generated/graphql';
import { plansQuery } from './plans-query';

/** The 一房一策 plans, filtered by type and status on the server. */
export function usePlansTable() {
  const filters = reactive<{ planType?: PlanType; status?: PlanStatus }>({});
  const table = useConnectionTable({
    fetchPage: async (page) =>
      (await requestGraphQL(plansQuery, { ...page, filter: { planType: filters.planType || undefined, status: filters.status || undefined } }))
        .revitalisationPlans,
  });
  watch(filters, () => void table.applySearch());
  return { table, filters };
}
