import type { TypedDocument } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { DisableUserAccountMutationVariables, UserAccountAction } from '../../../generated/graphql';

/** One mutation per action of an account's workflow; each answers the account as `changed`. */
export const accountStatusMutations = {
  DISABLE: graphql(`
    mutation DisableUserAccount($id: ID!) { changed: disableUserAccount(id: $id) { id disabled } }
  `),
  ENABLE: graphql(`
    mutation EnableUserAccount($id: ID!) { changed: enableUserAccount(id: $id) { id disabled } }
  `),
} satisfies Record<UserAccountAction, TypedDocument<{ changed: { id: string; disabled: boolean } }, DisableUserAccountMutationVariables>>;
