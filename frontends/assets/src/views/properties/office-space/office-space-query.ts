import { graphql } from '../../../generated/gql';

/** The office-space standard (办公用房标准), one row a rank. */
export const officeSpaceStandardsQuery = graphql(`
  query AssetsOfficeSpaceStandards {
    officeSpaceStandards(first: 20) { edges { node { rank areaPerPerson updatedAt } } }
  }
`);

/** One unit's approved posts (编制数) by rank, and its office space against the standard. */
export const unitStaffingQuery = graphql(`
  query AssetsUnitStaffing($id: ID!) {
    organization(id: $id) {
      id name
      staffing { rank approvedHeadcount }
      spaceUsage { officeArea approvedHeadcount allowedArea areaPerPerson overStandard }
    }
  }
`);

export const setOfficeSpaceStandardMutation = graphql(`
  mutation SetOfficeSpaceStandard($rank: Rank!, $areaPerPerson: Decimal!) {
    setOfficeSpaceStandard(rank: $rank, areaPerPerson: $areaPerPerson) { rank areaPerPerson updatedAt }
  }
`);

export const setStaffingMutation = graphql(`
  mutation SetStaffing($organizationId: ID!, $staffing: [StaffingInput!]!) {
    setStaffing(organizationId: $organizationId, staffing: $staffing) { id name staffing { rank approvedHeadcount } }
  }
`);
