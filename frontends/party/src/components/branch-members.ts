import { requestGraphQL } from '@jiguan/kit';
import { shallowRef, watch, type WatchSource } from 'vue';
import { graphql } from '../generated/gql';
import type { MemberStatus } from '../generated/graphql';

/** The people of a branch's members (a branch has a few dozen), for attendance and introducers. */
export const branchMembersQuery = graphql(`
  query PartyBranchMembers($filter: PartyMemberFilter) {
    partyMembers(first: 200, filter: $filter) { edges { node { id status person { id name organization { id name } } } } }
  }
`);

export interface BranchMember {
  id: string;
  status: MemberStatus;
  person: { id: string; name: string; organization: { id: string; name: string } };
}

/** The current (full or probationary, not transferred out or cancelled) members of the branch `branchId` names, loaded again when it changes; `status` keeps one status. */
export async function loadBranchMembers(branchId: string, status?: MemberStatus): Promise<BranchMember[]> {
  const { partyMembers } = await requestGraphQL(branchMembersQuery, { filter: { branchId, status } });
  return partyMembers.edges.map((edge) => edge.node).filter((member) => member.status === 'FULL' || member.status === 'PROBATIONARY');
}

/** `loadBranchMembers` for a branch that changes (a form's select). */
export function useBranchMembers(branchId: WatchSource<string | undefined>, status?: MemberStatus) {
  const members = shallowRef<BranchMember[]>([]);
  const loading = shallowRef(false);
  watch(
    branchId,
    async (id) => {
      members.value = [];
      if (!id) return;
      loading.value = true;
      try {
        members.value = await loadBranchMembers(id, status);
      } finally {
        loading.value = false;
      }
    },
    { immediate: true },
  );
  return { members, loading };
}
