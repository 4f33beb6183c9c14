import { isUniqueViolation } from '@jiguan/db/prisma-errors';
import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { BadUserInputError, ConflictError } from '@jiguan/shared-schema/errors';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { AssetsActionContext } from '../context.ts';
import type { AddRoomInput } from '../schema/room.ts';

/** Adds a room to a floor; a room number exists once a floor. */
export async function addRoom({ actor, db }: AssetsActionContext, input: typeof AddRoomInput.$inferInput, query?: Pick<Prisma.RoomFindUniqueArgs, 'select' | 'include'>) {
  try {
    return await db.$transaction(async (tx) => {
      if (!(await tx.floor.findUnique({ where: { id: input.floorId }, select: { id: true } }))) {
        throw new BadUserInputError('所选楼层不存在', 'input.floorId', { reason: 'UNKNOWN_FLOOR' });
      }
      const room = await tx.room.create({ ...query, data: input });
      await recordAudit(tx, { actor, action: 'room.add', entity: 'Room', entityId: room.id, before: null, after: auditSnapshot(room) });
      return room;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`该楼层已有房间 ${input.number}`, { reason: 'DUPLICATE_ROOM', params: { number: input.number } });
    throw error;
  }
}
