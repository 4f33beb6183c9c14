import { requestGraphQL, useRemoteOptions } from '@jiguan/kit';
import { personOptionsQuery } from './person-options-query';

/** Server-side person search for the account form's remote select. */
export function usePersonOptions() {
  return useRemoteOptions(async (search) => (await requestGraphQL(personOptionsQuery, { search })).people.edges.map((edge) => edge.node));
}
