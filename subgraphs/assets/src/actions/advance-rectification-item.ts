import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { ConflictError, NotFoundError } from '@jiguan/shared-schema/errors';
import { prisma } from '../db.ts';
import { rectificationItemMachine, type RectificationVerb } from '../domain/rectification-item.ts';

/**
 * Moves a rectification item one step (start, submit, verify, reject): the four verbs differ only
 * in the states they allow, which the domain's table says. A note replaces the previous one.
 */
export async function advanceRectificationItem(actor: Viewer, id: string, verb: RectificationVerb, note: string | null) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.rectificationItem.findUnique({ where: { id } });
    if (!before) throw new NotFoundError('整改意见', id);
    const status = rectificationItemMachine.next(before.status, verb);
    if (!status) throw new ConflictError(`整改意见当前状态为 ${before.status}，不能执行此操作`);
    // Conditional on the state read above, so of two concurrent steps only one applies.
    const { count } = await tx.rectificationItem.updateMany({
      where: { id, status: before.status },
      data: { status, ...(note !== null ? { note: note.trim() } : {}) },
    });
    if (count === 0) throw new ConflictError('整改意见已被他人处理，请刷新后重试');
    const after = await tx.rectificationItem.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, { actor, action: `rectificationItem.${verb}`, entity: 'RectificationItem', entityId: id, before, after });
    return after;
  });
}
