import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { BadUserInputError, ConflictError, NotFoundError } from '@jiguan/shared-schema/errors';
import { prisma } from '../db.ts';

/** Ends a lease or loan before its term. */
export async function endLease(actor: Viewer, id: string, endedOn: Date) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.lease.findUnique({ where: { id } });
    if (!before) throw new NotFoundError('出租出借记录', id);
    if (before.endedOn) throw new ConflictError('该出租出借已提前终止');
    if (endedOn < before.startsOn || endedOn > before.endsOn) throw new BadUserInputError('终止日期须在租期之内', 'endedOn');
    const { count } = await tx.lease.updateMany({ where: { id, endedOn: null }, data: { endedOn } });
    if (count === 0) throw new ConflictError('该出租出借已提前终止');
    const after = await tx.lease.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, { actor, action: 'lease.end', entity: 'Lease', entityId: id, before, after });
    return after;
  });
}
