import { GraphQLRequestError, todayIso } from '@jiguan/kit';
import { reactive, shallowRef } from 'vue';
import { useVisitsTable } from '../visits/use-visits-table';
import type { VisitRow } from '../visits/visits-query';
import { loadVisitPersonalData } from './gate-operations';

/** 门岗's list: today's expected visitors, the soonest first (another day or status may be picked). */
export function useGateTable(today: string = todayIso()) {
  return useVisitsTable({ initialRange: [today, today], orderBy: 'EXPECTED_AT' });
}

/**
 * 查看完整信息: one visit's whole phone and ID number, read when asked and dropped when the dialog
 * closes (the list shows only their last 4).
 */
export function usePersonalData() {
  const visit = shallowRef<VisitRow | null>(null);
  const data = shallowRef<{ phone: string | null; idNumber: string | null } | null>(null);
  const loading = shallowRef(false);
  const error = shallowRef<GraphQLRequestError | null>(null);

  async function open(row: VisitRow): Promise<void> {
    visit.value = row;
    data.value = null;
    error.value = null;
    loading.value = true;
    try {
      const answer = await loadVisitPersonalData(row.id);
      if (visit.value === row) data.value = answer;
    } catch (cause) {
      if (!(cause instanceof GraphQLRequestError)) throw cause;
      if (visit.value === row) error.value = cause;
    } finally {
      if (visit.value === row) loading.value = false;
    }
  }

  function close(): void {
    visit.value = null;
    data.value = null;
  }

  return reactive({ visit, data, loading, error, open, close });
}
