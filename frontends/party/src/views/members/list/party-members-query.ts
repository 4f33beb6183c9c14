import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { PartyMembersQuery } from '../../../generated/graphql';

/** Members with their dues: the month's amount at the declared income, and the year's unpaid months. */
export const partyMembersQuery = graphql(`
  query PartyMembers($first: Int, $after: String, $last: Int, $before: String, $filter: PartyMemberFilter, $year: Int!) {
    partyMembers(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: JOINED_ON_ASC) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        node {
          id status joinedOn fullOn monthlyIncome monthlyDues duesRate
          person { id name organization { id name } }
          branch { id name canManage }
          unpaidMonths(year: $year)
          dues(year: $year, first: 12) { totalCount edges { node { id month amount paidOn } } }
        }
      }
    }
  }
`);

export type PartyMemberRow = NodeOf<PartyMembersQuery['partyMembers']>;
