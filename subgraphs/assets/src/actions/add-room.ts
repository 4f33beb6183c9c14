import { isUniqueViolation } from '@jiguan/db/prisma-errors';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { BadUserInputError, ConflictError } from '@jiguan/shared-schema/errors';
import type { RoomUse } from '../../prisma/generated/enums.ts';
import { prisma } from '../db.ts';

export interface AddRoomInput {
  floorId: string;
  number: string;
  area: string;
  use: RoomUse;
}

/** Adds a room to a floor; a room number exists once a floor. */
export async function addRoom(actor: Viewer, input: AddRoomInput) {
  const number = input.number.trim();
  try {
    return await prisma.$transaction(async (tx) => {
      if (!(await tx.floor.findUnique({ where: { id: input.floorId }, select: { id: true } }))) {
        throw new BadUserInputError('所选楼层不存在', 'input.floorId');
      }
      const room = await tx.room.create({ data: { ...input, number } });
      await recordAudit(tx, { actor, action: 'room.add', entity: 'Room', entityId: room.id, before: null, after: room });
      return room;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`该楼层已有房间 ${number}`);
    throw error;
  }
}
