import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { BadUserInputError, ConflictError, NotFoundError } from '@jiguan/shared-schema/errors';
import { prisma } from '../db.ts';
import { giveUpProblem } from '../domain/rented-space.ts';

/** Gives rented-in space up (退租). */
export async function giveUpRentedSpace(actor: Viewer, id: string, givenUpOn: Date) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.rentedSpace.findUnique({ where: { id } });
    if (!before) throw new NotFoundError('租赁用房', id);
    const problem = giveUpProblem(before, givenUpOn);
    if (problem) throw problem.conflict ? new ConflictError(problem.message) : new BadUserInputError(problem.message, 'givenUpOn');
    const { count } = await tx.rentedSpace.updateMany({ where: { id, givenUpOn: null }, data: { givenUpOn } });
    if (count === 0) throw new ConflictError('该租赁用房已退租');
    const after = await tx.rentedSpace.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, { actor, action: 'rentedSpace.giveUp', entity: 'RentedSpace', entityId: id, before, after });
    return after;
  });
}
