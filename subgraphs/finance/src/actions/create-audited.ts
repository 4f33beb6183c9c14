import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { BadUserInputError, ConflictError } from '@jiguan/shared-schema/errors';
import { isUniqueViolation } from '@jiguan/db/prisma-errors';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import type { Prisma } from '../../prisma/generated/client.ts';

/**
 * The frame of the record actions (an account set opened, a month closed, a top-up …): one transaction that
 * checks what the row names exists, writes it, and writes its audit record; a duplicate becomes
 * CONFLICT with the action's reason.
 */
export async function createAudited<T extends { id: string }>(
  db: { $transaction<R>(fn: (tx: Prisma.TransactionClient) => Promise<R>): Promise<R> },
  actor: Viewer,
  options: {
    action: string;
    entity: string;
    /** What must exist first: a canteen, a provider. */
    requires?: (tx: Prisma.TransactionClient) => Promise<{ exists: boolean; field: string; reason: string; what: string } | null>;
    create: (tx: Prisma.TransactionClient) => Promise<T>;
    duplicate?: { reason: string; message: string };
  },
): Promise<T> {
  try {
    return await db.$transaction(async (tx) => {
      const requirement = await options.requires?.(tx);
      if (requirement && !requirement.exists) throw new BadUserInputError(`${requirement.what}不存在`, requirement.field, { reason: requirement.reason });
      const row = await options.create(tx);
      await recordAudit(tx, { actor, action: options.action, entity: options.entity, entityId: row.id, before: null, after: auditSnapshot(row) });
      return row;
    });
  } catch (error) {
    if (options.duplicate && isUniqueViolation(error)) throw new ConflictError(options.duplicate.message, { reason: options.duplicate.reason });
    throw error;
  }
}
