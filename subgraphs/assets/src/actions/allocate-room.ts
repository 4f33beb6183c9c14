import { isUniqueViolation } from '@jiguan/db/prisma-errors';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { BadUserInputError, ConflictError } from '@jiguan/shared-schema/errors';
import { prisma } from '../db.ts';
import { requireOrganization } from './require-organization.ts';

export interface AllocateRoomInput {
  roomId: string;
  organizationId: string;
  certificateNumber: string;
  startsOn: Date;
}

/** Gives a free room to a unit with a usage certificate; a room has at most one holder at a time. */
export async function allocateRoom(actor: Viewer, input: AllocateRoomInput) {
  const certificateNumber = input.certificateNumber.trim();
  try {
    return await prisma.$transaction(async (tx) => {
      // Locks the room row, so two allocations of one room queue here and the second sees the first.
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM assets."Room" WHERE id = ${input.roomId} FOR UPDATE`;
      if (locked.length === 0) throw new BadUserInputError('所选房间不存在', 'input.roomId');
      await requireOrganization(tx, input.organizationId, 'input.organizationId');
      const holder = await tx.roomAllocation.findFirst({ where: { roomId: input.roomId, endedOn: null }, select: { certificateNumber: true } });
      if (holder) throw new ConflictError(`该房间已在使用中（使用凭证 ${holder.certificateNumber}）`);
      const allocation = await tx.roomAllocation.create({ data: { ...input, certificateNumber } });
      await recordAudit(tx, { actor, action: 'roomAllocation.allocate', entity: 'RoomAllocation', entityId: allocation.id, before: null, after: allocation });
      return allocation;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`使用凭证编号 ${certificateNumber} 已存在`);
    throw error;
  }
}
