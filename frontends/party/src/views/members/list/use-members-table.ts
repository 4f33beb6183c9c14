import { requestGraphQL, useConnectionTable } from '@jiguan/kit';
import { reactive, watch } from 'vue';
import type { MemberStatus } from '../../../generated/graphql';
import { partyMembersQuery } from './party-members-query';

export interface MemberFilters {
  branchId?: string;
  status?: MemberStatus;
  /** The year whose dues the list shows. */
  year: number;
}

/**
 * Members, filtered by branch and status and paged by the server, with the chosen year's dues.
 * `fixedBranchId` keeps the list on one branch (a secretary's page of their branch).
 */
export function useMembersTable(options: { fixedBranchId?: string; year?: number } = {}) {
  const filters = reactive<MemberFilters>({ branchId: options.fixedBranchId, year: options.year ?? new Date().getFullYear() });
  const table = useConnectionTable({
    fetchPage: async (page) => {
      const filter = { branchId: options.fixedBranchId ?? (filters.branchId || undefined), status: filters.status || undefined };
      return (await requestGraphQL(partyMembersQuery, { ...page, filter, year: filters.year })).partyMembers;
    },
  });
  watch(filters, () => void table.applySearch());
  return { table, filters };
}
