import { defineWorkflow } from '@jiguan/shared-schema/workflow/run-transition';
import type { Prisma } from '../../prisma/generated/client.ts';
import { userAccountMachine } from '../domain/user-account-rules.ts';
import { sessionsEnded } from '../auth/session-table.ts';
import { accountSnapshot } from './account-snapshot.ts';

export type UserAccountQuery = Pick<Prisma.UserAccountFindUniqueArgs, 'select' | 'include'>;

/** Disabling and enabling an account; serializable, so two admins cannot both remove the last admin. */
export const userAccountWorkflow = defineWorkflow({
  entity: 'UserAccount',
  noun: '账号',
  machine: userAccountMachine,
  isolationLevel: 'Serializable',
  snapshot: accountSnapshot,
  load: (tx: Prisma.TransactionClient, id: string) => tx.userAccount.findUnique({ where: { id } }),
  move: async (tx, { row, to }) =>
    (await tx.userAccount.updateMany({ where: { id: row.id, disabled: row.disabled }, data: { disabled: to === 'DISABLED', ...(to === 'DISABLED' ? { sessionVersion: { increment: 1 } } : {}) } })).count,
  read: (tx, id, query: UserAccountQuery | undefined) => tx.userAccount.findUniqueOrThrow({ ...query, where: { id } }),
  // A disabled account's tokens stop working everywhere.
  afterCommit: ({ row, to }) => (to === 'DISABLED' ? sessionsEnded(row.id) : undefined),
});
