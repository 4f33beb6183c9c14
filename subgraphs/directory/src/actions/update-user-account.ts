import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { DataScope, Role, Viewer } from '@jiguan/shared-schema/auth/viewer';
import { BadUserInputError, ConflictError, NotFoundError } from '@jiguan/shared-schema/errors';
import type { Prisma, UserAccount } from '../../prisma/generated/client.ts';
import { prisma } from '../db.ts';
import { hashPassword, passwordProblem } from '../domain/password.ts';
import { rolesProblem, wouldRemoveLastAdmin } from '../domain/user-account-rules.ts';
import { accountSnapshot } from './account-snapshot.ts';

/**
 * Loads the account, lets `change` check and describe the update, writes it with its audit
 * record — all in one serializable transaction, so two admins cannot both remove the last admin.
 */
async function updateAccount(
  actor: Viewer,
  id: string,
  action: string,
  change: (account: UserAccount, tx: Prisma.TransactionClient) => Promise<Prisma.UserAccountUpdateInput>,
) {
  return prisma.$transaction(
    async (tx) => {
      const before = await tx.userAccount.findUnique({ where: { id } });
      if (!before) throw new NotFoundError('账号', id);
      const after = await tx.userAccount.update({ where: { id }, data: await change(before, tx) });
      await recordAudit(tx, { actor, action, entity: 'UserAccount', entityId: id, before: accountSnapshot(before), after: accountSnapshot(after) });
      return after;
    },
    { isolationLevel: 'Serializable' },
  );
}

async function guardLastAdmin(tx: Prisma.TransactionClient, account: UserAccount, staysAdmin: boolean) {
  const otherActiveAdmins = await tx.userAccount.count({
    where: { id: { not: account.id }, disabled: false, roles: { has: 'ADMIN' } },
  });
  const isAdminNow = account.roles.includes('ADMIN') && !account.disabled;
  if (wouldRemoveLastAdmin({ isAdminNow, staysAdmin, otherActiveAdmins })) {
    throw new ConflictError('这是最后一个有效的系统管理员账号，不能停用或移除其管理员角色');
  }
}

export function setUserAccountDisabled(actor: Viewer, id: string, disabled: boolean) {
  return updateAccount(actor, id, disabled ? 'userAccount.disable' : 'userAccount.enable', async (account, tx) => {
    if (account.disabled === disabled) throw new ConflictError(disabled ? '该账号已是停用状态' : '该账号已是启用状态');
    if (disabled && account.id === actor.accountId) throw new ConflictError('不能停用自己正在使用的账号');
    if (disabled) await guardLastAdmin(tx, account, false);
    return { disabled };
  });
}

export function setUserAccountRoles(actor: Viewer, id: string, roles: Role[], dataScope: DataScope) {
  const problem = rolesProblem(roles);
  if (problem) throw new BadUserInputError(problem, 'roles');
  return updateAccount(actor, id, 'userAccount.setRoles', async (account, tx) => {
    await guardLastAdmin(tx, account, roles.includes('ADMIN'));
    return { roles, dataScope };
  });
}

export async function resetUserAccountPassword(actor: Viewer, id: string, newPassword: string) {
  const problem = passwordProblem(newPassword);
  if (problem) throw new BadUserInputError(problem, 'newPassword');
  const passwordHash = await hashPassword(newPassword);
  return updateAccount(actor, id, 'userAccount.resetPassword', async () => ({ passwordHash, passwordChangedAt: new Date() }));
}
