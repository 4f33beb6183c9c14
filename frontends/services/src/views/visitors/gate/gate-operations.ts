import { requestGraphQL } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';

const visitPersonalDataQuery = graphql(`
  query ServicesVisitPersonalData($visitId: ID!) { visitPersonalData(visitId: $visitId) { phone idNumber } }
`);

const purgeVisitsMutation = graphql(`
  mutation PurgeVisits($input: PurgeVisitsInput) { purgeVisits(input: $input) }
`);

/** A visitor's whole phone and ID number, for the gate (services staff, one visit at a time); null once purged. */
export async function loadVisitPersonalData(visitId: string) {
  return (await requestGraphQL(visitPersonalDataQuery, { visitId })).visitPersonalData;
}

/** The retention purge: erases the personal fields of visits older than `olderThanDays`; answers how many. */
export async function purgeVisits(olderThanDays: number): Promise<number> {
  return (await requestGraphQL(purgeVisitsMutation, { input: { olderThanDays } })).purgeVisits;
}
