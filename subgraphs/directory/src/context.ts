import type { HubContext } from '@jiguan/shared-schema/context';
import type { TokenSettings } from './auth/issue-token.ts';

/** The directory also signs tokens, so its resolvers get the signing settings. */
export interface DirectoryContext extends HubContext {
  tokens: TokenSettings;
  /** Set by `login`: the account that just proved its password, which may read itself in the payload. */
  signedInAccountId?: string;
}
