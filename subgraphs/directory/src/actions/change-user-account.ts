import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { NotFoundError, refusalError, type Refusal } from '@jiguan/shared-schema/errors';
import type { Prisma, UserAccount } from '../../prisma/generated/client.ts';
import type { DirectoryActionContext } from '../context.ts';
import { accountSnapshot } from './account-snapshot.ts';
import type { UserAccountQuery } from './user-account-workflow.ts';

export interface AccountChange {
  /** The audit's action, e.g. `userAccount.setRoles`. */
  action: string;
  /** A refusal read in the transaction (the last administrator), or null. */
  check?(tx: Prisma.TransactionClient, account: UserAccount): Promise<Refusal | null>;
  data: Prisma.UserAccountUpdateInput;
}

/**
 * The frame of the account changes that are not state transitions (roles, password): load, check,
 * write with the audit record, read back with the caller's selection — one serializable
 * transaction, so two admins cannot both remove the last admin.
 */
export function changeUserAccount({ actor, db }: DirectoryActionContext, id: string, change: AccountChange, query?: UserAccountQuery) {
  return db.$transaction(
    async (tx) => {
      const before = await tx.userAccount.findUnique({ where: { id } });
      if (!before) throw new NotFoundError('账号', id);
      const refusal = await change.check?.(tx, before);
      if (refusal) throw refusalError(refusal);
      const after = await tx.userAccount.update({ ...query, where: { id }, data: change.data });
      await recordAudit(tx, { actor, action: change.action, entity: 'UserAccount', entityId: id, before: accountSnapshot(before), after: accountSnapshot(after) });
      return after;
    },
    { isolationLevel: 'Serializable' },
  );
}
