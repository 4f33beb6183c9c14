import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { ConflictError, NotFoundError } from '@jiguan/shared-schema/errors';
import type { Disposal, DisposalStep, Prisma } from '../../prisma/generated/client.ts';
import { prisma } from '../db.ts';
import { businessDate } from '../domain/business-date.ts';
import { disposalMachine, type DisposalVerb } from '../domain/disposal.ts';

export type DisposalWithSteps = Disposal & { steps: DisposalStep[] };

/**
 * The frame of every step of a disposal: load it, let `check` refuse (rights, the asset's state),
 * move it to the state the domain's table gives — conditionally, so two concurrent steps cannot
 * both apply — record the step with its reason, let `effect` change the asset, write the audit
 * record. One transaction.
 */
export async function stepDisposal(
  actor: Viewer,
  id: string,
  verb: DisposalVerb,
  reason: string,
  hooks: {
    check?: (disposal: DisposalWithSteps) => void;
    effect?: (tx: Prisma.TransactionClient, disposal: DisposalWithSteps) => Promise<object>;
  } = {},
) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.disposal.findUnique({ where: { id }, include: { steps: { orderBy: { at: 'asc' } } } });
    if (!before) throw new NotFoundError('处置申请', id);
    const status = disposalMachine.next(before.status, verb);
    if (!status) throw new ConflictError(`处置申请 ${before.code} 当前为 ${before.status}，不能执行此操作`);
    hooks.check?.(before);
    const decided = verb === 'approve' || verb === 'reject';
    const { count } = await tx.disposal.updateMany({
      where: { id, status: before.status },
      data: { status, ...(decided ? { decidedOn: businessDate() } : {}) },
    });
    if (count === 0) throw new ConflictError(`处置申请 ${before.code} 已被他人处理，请刷新后重试`);
    await tx.disposalStep.create({ data: { disposalId: id, fromStatus: before.status, toStatus: status, actorId: actor.accountId, reason: reason.trim() } });
    const outcome = (await hooks.effect?.(tx, before)) ?? {};
    const after = await tx.disposal.findUniqueOrThrow({ where: { id } });
    const { steps: _history, ...disposal } = before;
    await recordAudit(tx, { actor, action: `disposal.${verb}`, entity: 'Disposal', entityId: id, before: disposal, after: { disposal: after, reason, ...outcome } });
    return after;
  });
}

/** The account that submitted the disposal, from its steps. */
export function submitterOf(disposal: DisposalWithSteps): string | null {
  return disposal.steps.findLast((step) => step.toStatus === 'SUBMITTED')?.actorId ?? null;
}
