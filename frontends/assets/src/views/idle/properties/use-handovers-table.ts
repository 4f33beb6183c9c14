import { requestGraphQL, useConnectionTable } from '@jiguan/kit';
import { handoversQuery } from './handovers-query';

/** Hand-overs of idle properties to be let, newest first. */
export function useHandoversTable() {
  return useConnectionTable({ fetchPage: async (page) => (await requestGraphQL(handoversQuery, page)).handovers });
}
