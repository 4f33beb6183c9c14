import { requestGraphQL, useConnectionTable } from '@jiguan/kit';
import { idleBuildingsQuery } from './idle-buildings-query';

/** The idle properties, searched and paged by the server. */
export function useIdleBuildingsTable() {
  return useConnectionTable({
    fetchPage: async (page, search) => (await requestGraphQL(idleBuildingsQuery, { ...page, search })).buildings,
  });
}
