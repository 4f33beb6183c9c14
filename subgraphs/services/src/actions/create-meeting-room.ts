import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { isUniqueViolation } from '@jiguan/db/prisma-errors';
import { BadUserInputError } from '@jiguan/shared-schema/errors';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { ServicesActionContext } from '../context.ts';
import type { CreateMeetingRoomInput } from '../schema/meeting-room.ts';

export type MeetingRoomQuery = Pick<Prisma.MeetingRoomFindUniqueArgs, 'select' | 'include'>;

/** A meeting room put into service, in a building of the assets register. */
export async function createMeetingRoom({ actor, db }: ServicesActionContext, input: typeof CreateMeetingRoomInput.$inferInput, query?: MeetingRoomQuery) {
  try {
    return await db.$transaction(async (tx) => {
      const room = await tx.meetingRoom.create({ ...query, data: { ...input, equipment: input.equipment ?? [], needsApproval: input.needsApproval ?? false } });
      await recordAudit(tx, { actor, action: 'meetingRoom.create', entity: 'MeetingRoom', entityId: room.id, before: null, after: auditSnapshot(room) });
      return room;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new BadUserInputError('该楼宇已有同名会议室', 'input.name', { reason: 'ROOM_NAME_TAKEN', params: { name: input.name } });
    throw error;
  }
}
