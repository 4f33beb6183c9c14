import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { BadUserInputError, ConflictError, NotFoundError } from '@jiguan/shared-schema/errors';
import { prisma } from '../db.ts';

/** Ends a unit's hold on a room. */
export async function endRoomAllocation(actor: Viewer, id: string, endedOn: Date) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.roomAllocation.findUnique({ where: { id } });
    if (!before) throw new NotFoundError('房间分配', id);
    if (before.endedOn) throw new ConflictError('该房间分配已结束');
    if (endedOn < before.startsOn) throw new BadUserInputError('结束日期不能早于开始日期', 'endedOn');
    const { count } = await tx.roomAllocation.updateMany({ where: { id, endedOn: null }, data: { endedOn } });
    if (count === 0) throw new ConflictError('该房间分配已结束');
    const after = await tx.roomAllocation.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, { actor, action: 'roomAllocation.end', entity: 'RoomAllocation', entityId: id, before, after });
    return after;
  });
}
