import { computed } from 'vue';
import { useSession } from '../session/use-session';
import './remote-route-meta';
import type { RemotePageRoute } from './use-remote-routes';

/**
 * The pages a remote's navigation lists for the logged-in account: those with a `navKey`, and of
 * those with `roles` only the ones the account holds a role for. None before the account is known.
 */
export function useNavPages(routes: readonly RemotePageRoute[]) {
  const { account, hasAnyRole } = useSession();
  return computed(() => (account.value ? routes.filter(({ meta }) => meta?.navKey && (!meta.roles || hasAnyRole(meta.roles))) : []));
}
