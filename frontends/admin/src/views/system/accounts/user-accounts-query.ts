import { type Connection, connectionFields, type DataScope, defineDocument, type PageArgs, type Role } from '@jiguan/kit';

export interface AccountRow {
  id: string;
  username: string;
  roles: Role[];
  dataScope: DataScope;
  disabled: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  person: { id: string; name: string; organization: { id: string; name: string } } | null;
}

export const userAccountsQuery = defineDocument<
  { userAccounts: Connection<AccountRow> },
  PageArgs & { filter: { search?: string } }
>(`
  query UserAccounts($first: Int, $after: String, $last: Int, $before: String, $filter: UserAccountFilter) {
    userAccounts(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      ${connectionFields}
      edges {
        cursor
        node { id username roles dataScope disabled lastLoginAt createdAt person { id name organization { id name } } }
      }
    }
  }
`);
