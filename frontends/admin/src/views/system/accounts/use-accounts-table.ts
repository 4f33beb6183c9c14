import { requestGraphQL, useConnectionTable } from '@jiguan/kit';
import { userAccountsQuery } from './user-accounts-query';

/** The account list, searched by the server and paged by cursor. */
export function useAccountsTable() {
  return useConnectionTable({
    fetchPage: async (page, search) => (await requestGraphQL(userAccountsQuery, { ...page, filter: { search } })).userAccounts,
  });
}
