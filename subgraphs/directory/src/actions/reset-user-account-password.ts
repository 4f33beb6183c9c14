import type { DirectoryActionContext } from '../context.ts';
import { hashPassword } from '../domain/password.ts';
import { changeUserAccount } from './change-user-account.ts';
import type { UserAccountQuery } from './user-account-workflow.ts';

/** Sets a new password for an account (its rule was checked with the input); its sessions end. */
export async function resetUserAccountPassword(context: DirectoryActionContext, input: { id: string; newPassword: string }, query?: UserAccountQuery) {
  const passwordHash = await hashPassword(input.newPassword);
  return changeUserAccount(context, input.id, { action: 'userAccount.resetPassword', data: { passwordHash, passwordChangedAt: new Date() }, endsSessions: true }, query);
}
