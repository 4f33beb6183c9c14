import { requestGraphQL, useConnectionTable } from '@jiguan/kit';
import { peopleQuery } from './people-query';

/** The people list, searched by the server and paged by cursor. */
export function usePeopleTable() {
  return useConnectionTable({
    fetchPage: async (page, search) => (await requestGraphQL(peopleQuery, { ...page, filter: { search } })).people,
  });
}
