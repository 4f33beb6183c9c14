import { graphql } from '../../../generated/gql';
import type { BiDatabaseLoginsQuery } from '../../../generated/graphql';

export const biDatabaseLoginsQuery = graphql(`
  query BiDatabaseLogins { biDatabaseLogins(first: 200) { name units { id name } } }
`);

export type DatabaseLoginRow = BiDatabaseLoginsQuery['biDatabaseLogins'][number];
