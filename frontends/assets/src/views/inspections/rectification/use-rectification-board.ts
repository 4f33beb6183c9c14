import { type ConnectionTable, requestGraphQL, useConnectionTable } from '@jiguan/kit';
import { reactive, watch } from 'vue';
import { type RectificationCard, type RectificationStatus, rectificationItemsQuery, rectificationStatuses } from './rectification-items-query';

/** Cards per column page. */
const columnPageSize = 8;

/**
 * The rectification board: one server-paged list per status, sharing the filters (overdue only,
 * one unit). `reload(statuses)` refreshes the columns an item left and entered.
 */
export function useRectificationBoard() {
  const filters = reactive<{ overdueOnly: boolean; organizationId?: string }>({ overdueOnly: false });

  const columns = Object.fromEntries(
    rectificationStatuses.map((status) => [
      status,
      useConnectionTable({
        pageSize: columnPageSize,
        fetchPage: async (page) => {
          const filter = { status, overdue: filters.overdueOnly || undefined, organizationId: filters.organizationId || undefined };
          return (await requestGraphQL(rectificationItemsQuery, { ...page, filter })).rectificationItems;
        },
      }),
    ]),
  ) as Record<RectificationStatus, ConnectionTable<RectificationCard>>;

  watch(filters, () => {
    for (const status of rectificationStatuses) void columns[status].applySearch();
  });

  async function reload(statuses: readonly RectificationStatus[]): Promise<void> {
    await Promise.all(statuses.map((status) => columns[status].reload()));
  }

  return { columns, filters, reload };
}
