import type { Refusal } from '@jiguan/shared-schema/errors';
import type { Prisma, UserAccount } from '../../prisma/generated/client.ts';
import { LAST_ADMIN, wouldRemoveLastAdmin } from '../domain/user-account-rules.ts';

/** Refuses a change that would leave the hub without an active administrator (read in the caller's serializable transaction). */
export async function lastAdminRefusal(tx: Prisma.TransactionClient, account: UserAccount, staysAdmin: boolean): Promise<Refusal | null> {
  const otherActiveAdmins = await tx.userAccount.count({ where: { id: { not: account.id }, disabled: false, roles: { has: 'ADMIN' } } });
  const isAdminNow = account.roles.includes('ADMIN') && !account.disabled;
  return wouldRemoveLastAdmin({ isAdminNow, staysAdmin, otherActiveAdmins }) ? LAST_ADMIN : null;
}
