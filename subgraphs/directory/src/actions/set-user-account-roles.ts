import type { DataScope, Role } from '@jiguan/shared-schema/auth/viewer';
import type { DirectoryActionContext } from '../context.ts';
import { changeUserAccount } from './change-user-account.ts';
import { lastAdminRefusal } from './last-admin-guard.ts';
import type { UserAccountQuery } from './user-account-workflow.ts';

/** Gives an account its roles and data scope (checked with the input); the last administrator keeps the role. */
export function setUserAccountRoles(context: DirectoryActionContext, input: { id: string; roles: Role[]; dataScope: DataScope }, query?: UserAccountQuery) {
  return changeUserAccount(
    context,
    input.id,
    {
      action: 'userAccount.setRoles',
      check: (tx, account) => lastAdminRefusal(tx, account, input.roles.includes('ADMIN')),
      data: { roles: input.roles, dataScope: input.dataScope },
      // Tokens carry the roles and scope: the old ones stop working.
      endsSessions: true,
    },
    query,
  );
}
