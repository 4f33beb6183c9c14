import { requestGraphQL, useConnectionTable } from '@jiguan/kit';
import { reactive, watch } from 'vue';
import { inspectionsQuery, problemsPerInspection } from './inspections-query';

/** Inspections, newest first, filtered by unit and date range on the server. */
export function useInspectionsTable() {
  const filters = reactive<{ organizationId?: string; dates?: [string, string] | null }>({});
  const table = useConnectionTable({
    fetchPage: async (page) => {
      const filter = {
        organizationId: filters.organizationId || undefined,
        inspectedFrom: filters.dates?.[0],
        inspectedTo: filters.dates?.[1],
      };
      return (await requestGraphQL(inspectionsQuery, { ...page, filter, problems: problemsPerInspection })).inspections;
    },
  });
  watch(filters, () => void table.applySearch());
  return { table, filters };
}
