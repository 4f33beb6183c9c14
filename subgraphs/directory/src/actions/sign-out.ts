import type { DirectoryActionContext } from '../context.ts';
import { changeUserAccount } from './change-user-account.ts';

/**
 * Logs the signed-in account out: its session version is raised, so every token it holds (this
 * browser's and any other's) is refused everywhere within the session check interval, as after a
 * disable. A token is not kept anywhere to be forgotten, so there is no narrower logout to do.
 */
export async function signOut(context: DirectoryActionContext): Promise<boolean> {
  await changeUserAccount(context, context.actor.accountId, { action: 'session.logout', data: {}, endsSessions: true });
  return true;
}
