import { requestGraphQL, useRemoteOptions } from '@jiguan/kit';
import { organizationOptionsQuery } from './organization-options-query';

/** Server-side unit search for a remote select. */
export function useOrganizationOptions() {
  return useRemoteOptions(async (search) => (await requestGraphQL(organizationOptionsQuery, { search })).organizations.edges.map((edge) => edge.node));
}
