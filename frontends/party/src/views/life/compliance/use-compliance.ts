import { GraphQLRequestError, requestGraphQL } from '@jiguan/kit';
import { ref, shallowRef, watch } from 'vue';
import type { MeetingKind } from '../../../generated/graphql';
import { type BranchComplianceRow, complianceQuery, type MonthComplianceCell } from './compliance-query';

/** How a month of a branch shows: complied (green), a gap (red, with what is missing), or not judged yet (a month not over). */
export type CellState = 'compliant' | 'gap' | 'unchecked';

export function cellState(cell: Pick<MonthComplianceCell, 'checked' | 'compliant'>): CellState {
  if (!cell.checked) return 'unchecked';
  return cell.compliant ? 'compliant' : 'gap';
}

/** The last day of a month (`YYYY-MM-01`): where a meeting recorded for a gap goes, unless that is after today. */
export function meetingDateFor(month: string, today: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10);
  return last < today ? last : today;
}

/** The gaps of a year: how many months of how many branches miss something. */
export function gapCount(rows: readonly BranchComplianceRow[]): number {
  return rows.reduce((sum, row) => sum + row.months.filter((month) => cellState(month) === 'gap').length, 0);
}

/** The kinds a gap lacks, in the schema's order (the server's). */
export function missingKinds(cell: MonthComplianceCell): MeetingKind[] {
  return [...cell.missing];
}

/** The compliance table of a year (and optionally one branch), loaded again when either changes. */
export function useCompliance(options: { year?: number; branchId?: string } = {}) {
  const year = ref(options.year ?? new Date().getFullYear());
  const rows = shallowRef<BranchComplianceRow[]>([]);
  const loading = ref(false);
  const error = shallowRef<GraphQLRequestError | null>(null);
  let latest = 0;

  async function load(): Promise<void> {
    const request = ++latest;
    loading.value = true;
    try {
      const answer = await requestGraphQL(complianceQuery, { year: year.value, branchId: options.branchId });
      if (request !== latest) return;
      rows.value = answer.organisationalLifeCompliance;
      error.value = null;
    } catch (cause) {
      if (!(cause instanceof GraphQLRequestError)) throw cause;
      if (request === latest) error.value = cause;
    } finally {
      if (request === latest) loading.value = false;
    }
  }

  watch(year, () => void load(), { immediate: true });
  return { year, rows, loading, error, reload: load };
}
