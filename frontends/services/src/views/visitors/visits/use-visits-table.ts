import { addDays, requestGraphQL, shanghaiInstant, useConnectionTable } from '@jiguan/kit';
import { reactive, watch } from 'vue';
import type { VisitFilter, VisitOrder, VisitStatus } from '../../../generated/graphql';
import { visitsQuery } from './visits-query';

export interface VisitFilters {
  status?: VisitStatus;
  /** From and to (local days) as the range picker writes them; null when cleared. */
  range: [string, string] | null;
}

/** The filter the server takes: visits expected from the first day's start to the last day's end (Shanghai). */
export function visitFilter(filters: VisitFilters): VisitFilter {
  const [from, to] = filters.range ?? [];
  return { status: filters.status || undefined, from: from ? shanghaiInstant(from, 0) : undefined, to: to ? shanghaiInstant(addDays(to, 1), 0) : undefined };
}

/**
 * Visits paged by the server, filtered by status and days (a unit user gets its unit's). The gate
 * opens on today's, the soonest first (`initialRange`, `orderBy: EXPECTED_AT`).
 */
export function useVisitsTable(options: { initialRange?: [string, string]; orderBy?: VisitOrder } = {}) {
  const filters = reactive<VisitFilters>({ range: options.initialRange ?? null });
  const table = useConnectionTable({
    fetchPage: async (page) => (await requestGraphQL(visitsQuery, { ...page, filter: visitFilter(filters), orderBy: options.orderBy ?? 'EXPECTED_AT_DESC' })).visits,
  });
  watch(filters, () => void table.applySearch());
  return { table, filters };
}
