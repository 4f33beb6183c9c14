import { isUniqueViolation } from '@jiguan/db/prisma-errors';
import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { BadUserInputError, ConflictError } from '@jiguan/shared-schema/errors';
import type { AssetsActionContext } from '../context.ts';
import { table } from '../db.ts';
import type { AllocateRoomInput } from '../schema/room-allocation.ts';
import type { RoomAllocationQuery } from './room-allocation-workflow.ts';
import { requireOrganization } from './require-organization.ts';

/** Gives a free room to a unit with a usage certificate; a room has at most one holder at a time. */
export async function allocateRoom({ actor, db }: AssetsActionContext, input: typeof AllocateRoomInput.$inferInput, query?: RoomAllocationQuery) {
  try {
    return await db.$transaction(async (tx) => {
      // Locks the room row, so two allocations of one room queue here and the second sees the first.
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM ${table('Room')} WHERE id = ${input.roomId} FOR UPDATE`;
      if (locked.length === 0) throw new BadUserInputError('所选房间不存在', 'input.roomId', { reason: 'UNKNOWN_ROOM' });
      await requireOrganization(tx, input.organizationId, 'input.organizationId');
      const holder = await tx.roomAllocation.findFirst({ where: { roomId: input.roomId, endedOn: null }, select: { certificateNumber: true } });
      if (holder) {
        throw new ConflictError(`该房间已在使用中（使用凭证 ${holder.certificateNumber}）`, { reason: 'ROOM_TAKEN', params: { certificateNumber: holder.certificateNumber } });
      }
      const allocation = await tx.roomAllocation.create({ ...query, data: input });
      await recordAudit(tx, { actor, action: 'roomAllocation.allocate', entity: 'RoomAllocation', entityId: allocation.id, before: null, after: auditSnapshot(allocation) });
      return allocation;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError(`使用凭证编号 ${input.certificateNumber} 已存在`, { reason: 'DUPLICATE_CERTIFICATE', params: { certificateNumber: input.certificateNumber } });
    }
    throw error;
  }
}
