import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { ConflictError, NotFoundError, refusalError, type Refusal } from '@jiguan/shared-schema/errors';
import type { Prisma } from '../../prisma/generated/client.ts';

/**
 * The frame of the actions that take a row back (a dish withdrawn from the menu, a meal order
 * cancelled): one transaction that loads the row through the scoped client (another's is not
 * found), lets the row's machine refuse, deletes it and writes the audit record with the row as
 * `before`. The answer is the row as it was, with the caller's selection.
 */
export async function deleteAudited<TRow extends { id: string }, TVerb extends string, TResult>(
  db: { $transaction<R>(fn: (tx: Prisma.TransactionClient) => Promise<R>): Promise<R> },
  actor: Viewer,
  options: {
    id: string;
    /** The audit's entity and action (`MealOrder`, `mealOrder.cancel`), and how a person names one (报餐). */
    entity: string;
    action: string;
    noun: string;
    machine: { refusal(viewer: Viewer, row: NoInfer<TRow>, verb: TVerb): Refusal | null };
    verb: TVerb;
    /** The row with what the machine's rules read; through the scoped client. */
    load: (tx: Prisma.TransactionClient, id: string) => Promise<TRow | null>;
    /** The row with the caller's selection: the answer, read before it goes. */
    read: (tx: Prisma.TransactionClient, id: string) => Promise<TResult>;
    /** Deletes the row; answers how many went (0: another request took it first). */
    remove: (tx: Prisma.TransactionClient, id: string) => Promise<number>;
  },
): Promise<TResult> {
  return db.$transaction(async (tx) => {
    const row = await options.load(tx, options.id);
    if (!row) throw new NotFoundError(options.noun, options.id);
    const refusal = options.machine.refusal(actor, row, options.verb);
    if (refusal) throw refusalError(refusal);
    const answer = await options.read(tx, options.id);
    if ((await options.remove(tx, options.id)) === 0) throw new ConflictError(`${options.noun}已被处理，请刷新后重试`, { reason: 'LOST_RACE' });
    await recordAudit(tx, { actor, action: options.action, entity: options.entity, entityId: row.id, before: auditSnapshot(row), after: null });
    return answer;
  });
}
