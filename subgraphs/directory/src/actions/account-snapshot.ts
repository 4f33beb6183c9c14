import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import type { Prisma, UserAccount } from '../../prisma/generated/client.ts';

export interface AuditEntry {
  actor: Viewer;
  /** Verb in the form `entity.verb`, e.g. `userAccount.disable`. */
  action: string;
  entity: string;
  entityId: string;
  before: Prisma.InputJsonValue | null;
  after: Prisma.InputJsonValue | null;
}

/** Writes the audit record inside the caller's transaction, so change and record land together. */
export function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry) {
  return tx.auditRecord.create({
    data: {
      actorId: entry.actor.accountId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    },
  });
}

/** What the audit keeps of an account: everything but the password hash. */
export function accountSnapshot(account: UserAccount): Prisma.InputJsonValue {
  const { passwordHash: _secret, ...rest } = account;
  return JSON.parse(JSON.stringify(rest)) as Prisma.InputJsonValue;
}
