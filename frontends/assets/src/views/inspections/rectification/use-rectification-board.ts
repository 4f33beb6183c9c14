import { type ConnectionTable, requestGraphQL, useConnectionTable } from '@jiguan/kit';
import { reactive, watch } from 'vue';
import { RectificationStatus } from '../../../generated/graphql';
import { type RectificationCard, rectificationItemsQuery } from './rectification-items-query';

/** The board's columns, in the order an item moves through them (the schema's order). */
export const boardStatuses = Object.values(RectificationStatus);

/** Cards per column page. */
const columnPageSize = 8;

/**
 * The rectification board: one server-paged list per status, sharing the filters (overdue only,
 * one unit). `reload(statuses)` refreshes the columns an item left and entered, or all of them.
 */
export function useRectificationBoard() {
  const filters = reactive<{ overdueOnly: boolean; organizationId?: string }>({ overdueOnly: false });

  const columns = Object.fromEntries(
    boardStatuses.map((status) => [
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
    for (const status of boardStatuses) void columns[status].applySearch();
  });

  async function reload(statuses: readonly RectificationStatus[] | 'all'): Promise<void> {
    await Promise.all((statuses === 'all' ? boardStatuses : statuses).map((status) => columns[status].reload()));
  }

  return { columns, filters, reload };
}
