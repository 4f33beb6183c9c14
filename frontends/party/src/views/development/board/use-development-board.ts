import { type ConnectionTable, requestGraphQL, useConnectionTable } from '@jiguan/kit';
import { reactive, watch } from 'vue';
import type { DevelopmentStage } from '../../../generated/graphql';
import { type CandidateCard, candidatesQuery } from './candidates-query';

/** The board's columns while a candidate is on the way, in the order of the pipeline. */
export const pipelineStages = ['APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY'] as const satisfies readonly DevelopmentStage[];
/** Where the way ends: shown on request. */
export const finishedStages = ['FULL', 'CANCELLED'] as const satisfies readonly DevelopmentStage[];
export const boardStages: readonly DevelopmentStage[] = [...pipelineStages, ...finishedStages];

/** Cards per column page. */
const columnPageSize = 10;

/**
 * 党员发展 as a board: one server-paged list per stage, sharing the branch filter (`fixedBranchId`
 * keeps it on a secretary's branch). `reload(stages)` refreshes the columns a candidate left and entered.
 */
export function useDevelopmentBoard(options: { fixedBranchId?: string } = {}) {
  const filters = reactive<{ branchId?: string; showFinished: boolean }>({ branchId: options.fixedBranchId, showFinished: false });

  const columns = Object.fromEntries(
    boardStages.map((stage) => [
      stage,
      useConnectionTable({
        pageSize: columnPageSize,
        fetchPage: async (page) => {
          const filter = { stages: [stage], branchId: options.fixedBranchId ?? (filters.branchId || undefined) };
          return (await requestGraphQL(candidatesQuery, { ...page, filter })).candidates;
        },
      }),
    ]),
  ) as Record<DevelopmentStage, ConnectionTable<CandidateCard>>;

  watch(
    () => filters.branchId,
    () => {
      for (const stage of boardStages) void columns[stage].applySearch();
    },
  );

  async function reload(stages: readonly DevelopmentStage[] | 'all'): Promise<void> {
    await Promise.all((stages === 'all' ? boardStages : stages).map((stage) => columns[stage].reload()));
  }

  return { columns, filters, reload };
}
