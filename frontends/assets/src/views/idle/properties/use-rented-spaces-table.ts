import { requestGraphQL, useConnectionTable } from '@jiguan/kit';
import { reactive, watch } from 'vue';
import { rentedSpacesQuery } from './rented-spaces-query';

/** Space rented in for units, by unit, filtered by the server. */
export function useRentedSpacesTable() {
  const filters = reactive<{ organizationId?: string }>({});
  const table = useConnectionTable({
    fetchPage: async (page) => (await requestGraphQL(rentedSpacesQuery, { ...page, filter: { organizationId: filters.organizationId || undefined } })).rentedSpaces,
  });
  watch(filters, () => void table.applySearch());
  return { table, filters };
}
