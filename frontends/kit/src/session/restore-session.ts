import { requestGraphQL } from '../graphql/request-graphql';
import { meQuery } from './session-operations';
import { session, setSessionAccount } from './session-store';

let pending: Promise<void> | null = null;

/** After a reload only the token is known: load its account once, however many callers ask. */
export function restoreSession(): Promise<void> {
  if (!session.token || session.account) return Promise.resolve();
  pending ??= requestGraphQL(meQuery)
    .then(({ me }) => setSessionAccount(me))
    .finally(() => {
      pending = null;
    });
  return pending;
}
