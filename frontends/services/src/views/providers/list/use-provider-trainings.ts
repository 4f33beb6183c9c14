import { requestGraphQL, useConnectionTable } from '@jiguan/kit';
import { providerTrainingsQuery } from './providers-query';

/** One provider's trainings, latest first, paged by the server (ten a page in the expanded row). */
export function useProviderTrainings(providerId: string) {
  return useConnectionTable({
    pageSize: 10,
    fetchPage: async (page) => (await requestGraphQL(providerTrainingsQuery, { ...page, filter: { providerId } })).providerTrainings,
  });
}
