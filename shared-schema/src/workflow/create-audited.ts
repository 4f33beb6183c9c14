import { isUniqueViolation } from '@jiguan/db/prisma-errors';
import { auditSnapshot } from '../audit/audit-snapshot.ts';
import { type AuditTransaction, recordAudit } from '../audit/record-audit.ts';
import type { Viewer } from '../auth/viewer.ts';
import { BadUserInputError, ConflictError } from '../errors.ts';

/** What a record must name that exists first (a canteen, an account set), and how to refuse when it does not. */
export interface Requirement {
  exists: boolean;
  /** The input field that names it (`input.canteenId`). */
  field: string;
  reason: string;
  /** What it is, for the message (`食堂` → 食堂不存在). */
  what: string;
}

/**
 * The frame of a record action (a meal count, a purchase, an account set opened, a top-up …): one
 * transaction that checks what the row names exists, writes it, and writes its audit record; a
 * duplicate (a unique violation) becomes CONFLICT with the action's reason. `Tx` is the subgraph's
 * transaction client, as its scoped `context.db.$transaction` hands it.
 */
export async function createAudited<Tx extends AuditTransaction, T extends { id: string }>(
  db: { $transaction<R>(fn: (tx: Tx) => Promise<R>): Promise<R> },
  actor: Viewer,
  options: {
    action: string;
    entity: string;
    requires?: (tx: Tx) => Promise<Requirement | null>;
    create: (tx: Tx) => Promise<T>;
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
