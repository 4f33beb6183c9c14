import { requestGraphQL } from '@jiguan/kit';
import { loadBranchMembers } from '../../../components/branch-members';
import { graphql } from '../../../generated/gql';

const organisationCommitteeQuery = graphql(`
  query PartyOrganizationCommittee($id: ID!) {
    partyOrganization(id: $id) { id kind committee { id person { id name } } }
  }
`);

/**
 * Who is on a meeting's attendance sheet: a branch's members; for the 党组 and the 总支 (whose
 * members sit in the branches) the committee, who hold their study sessions and meetings.
 */
export async function loadAttendees(partyOrganizationId: string): Promise<Array<{ id: string; name: string }>> {
  const { partyOrganization } = await requestGraphQL(organisationCommitteeQuery, { id: partyOrganizationId });
  if (!partyOrganization) return [];
  if (partyOrganization.kind === 'BRANCH') return (await loadBranchMembers(partyOrganizationId)).map((member) => member.person);
  return partyOrganization.committee.map((member) => member.person);
}
