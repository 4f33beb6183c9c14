import { requestGraphQL, useConnectionTable } from '@jiguan/kit';
import { reactive, watch } from 'vue';
import type { ItemCategory, ItemState, WarehouseKind } from '../../../generated/graphql';
import { movementsPerItem, warehouseItemsQuery } from './warehouse-items-query';

/** The warehouse catalogue, searched, filtered and paged by the server. */
export function useWarehouseItemsTable() {
  const filters = reactive<{ state?: ItemState; category?: ItemCategory; warehouseKind?: WarehouseKind }>({});
  const table = useConnectionTable({
    fetchPage: async (page, search) => {
      const filter = {
        search,
        state: filters.state || undefined,
        category: filters.category || undefined,
        warehouseKind: filters.warehouseKind || undefined,
      };
      return (await requestGraphQL(warehouseItemsQuery, { ...page, filter, movements: movementsPerItem })).warehouseItems;
    },
  });
  watch(filters, () => void table.applySearch());
  return { table, filters };
}
