import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { NotFoundError, refusalError, type Refusal } from '@jiguan/shared-schema/errors';
import type { Prisma, UserAccount } from '../../prisma/generated/client.ts';
import type { DirectoryActionContext } from '../context.ts';
import { sessionsEnded } from '../auth/session-table.ts';
import { accountSnapshot } from './account-snapshot.ts';
import type { UserAccountQuery } from './user-account-workflow.ts';

export interface AccountChange {
  /** The audit's action, e.g. `userAccount.setRoles`. */
  action: string;
  /** A refusal read in the transaction (the last administrator), or null. */
  check?(tx: Prisma.TransactionClient, account: UserAccount): Promise<Refusal | null>;
  data: Prisma.UserAccountUpdateInput;
  /** The change takes rights away (roles, password): the account's tokens stop working. */
  endsSessions?: boolean;
}

/**
 * The frame of the account changes that are not state transitions (roles, password): load, check,
 * write with the audit record, read back with the caller's selection — one serializable
 * transaction, so two admins cannot both remove the last admin; then, for a change that ends the
 * account's sessions, its new session version goes into the table every service checks.
 */
export async function changeUserAccount({ actor, db }: DirectoryActionContext, id: string, change: AccountChange, query?: UserAccountQuery) {
  const data = change.endsSessions ? { ...change.data, sessionVersion: { increment: 1 } } : change.data;
  const after = await db.$transaction(
    async (tx) => {
      const before = await tx.userAccount.findUnique({ where: { id } });
      if (!before) throw new NotFoundError('账号', id);
      const refusal = await change.check?.(tx, before);
      if (refusal) throw refusalError(refusal);
      const changed = await tx.userAccount.update({ ...query, where: { id }, data });
      await recordAudit(tx, { actor, action: change.action, entity: 'UserAccount', entityId: id, before: accountSnapshot(before), after: accountSnapshot(changed) });
      return changed;
    },
    { isolationLevel: 'Serializable' },
  );
  if (change.endsSessions) await sessionsEnded(id);
  return after;
}
