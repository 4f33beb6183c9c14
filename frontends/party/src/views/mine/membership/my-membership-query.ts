import { graphql } from '../../../generated/gql';
import type { MyPartyMembershipQuery } from '../../../generated/graphql';

/** The viewer's own membership, with the year's dues paid and owed. */
export const myPartyMembershipQuery = graphql(`
  query MyPartyMembership($year: Int!) {
    myPartyMembership {
      id status joinedOn fullOn monthlyIncome monthlyDues duesRate
      person { id name organization { id name } }
      branch { id name canManage secretary { id name } termEndOn }
      unpaidMonths(year: $year)
      dues(year: $year, first: 12) { totalCount edges { node { id month amount paidOn } } }
      transfers(first: 10) { edges { node { id direction transferredOn counterpart } } }
    }
  }
`);

export type MyMembership = NonNullable<MyPartyMembershipQuery['myPartyMembership']>;
