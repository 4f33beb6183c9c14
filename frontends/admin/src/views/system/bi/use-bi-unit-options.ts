import { requestGraphQL, useRemoteOptions } from '@jiguan/kit';
import { biUnitOptionsQuery } from './bi-unit-options-query';

/** Units searched by name on the server, for the scope of a key or a login. */
export function useBiUnitOptions() {
  return useRemoteOptions(async (search) => (await requestGraphQL(biUnitOptionsQuery, { search })).organizations.edges.map((edge) => edge.node));
}
