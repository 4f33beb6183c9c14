import { requestGraphQL } from '../graphql/request-graphql';
import { unitOptionsQuery } from './unit-options-query';
import { useRemoteOptions } from './use-remote-options';

/** Server-side unit search for a remote select. */
export function useUnitOptions() {
  return useRemoteOptions(async (search) => (await requestGraphQL(unitOptionsQuery, { search })).organizations.edges.map((edge) => edge.node));
}
