import { randomUUID } from 'node:crypto';
import { isExclusionViolation } from '@jiguan/db/prisma-errors';
import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { BadUserInputError, ConflictError, refusalError } from '@jiguan/shared-schema/errors';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { DirectoryChecks, ServicesActionContext } from '../context.ts';
import { table } from '../db.ts';
import { capacityProblem, HOLDING_STATUSES, occurrences, openHoursProblem } from '../domain/booking.ts';
import type { CreateRoomBookingInput } from '../schema/room-booking.ts';
import { bookerUnit } from './booker-unit.ts';
import type { RoomBookingQuery } from './booking-workflow.ts';
import { registerUnit } from './register-unit.ts';

type Slot = { startsAt: Date; endsAt: Date };

/**
 * Books a room: once, or weekly/monthly as a series created all-or-nothing. The room's capacity
 * and open hours are checked, and each meeting against the room's bookings that hold it; the
 * exclusion constraint `RoomBooking_no_overlap` decides between concurrent requests, so of two
 * bookings of one slot exactly one is written and the other gets CONFLICT `BOOKING_OVERLAP`
 * naming the booking it clashes with. Rooms that need approval start REQUESTED, others APPROVED.
 */
export async function createRoomBooking(
  { actor, db }: ServicesActionContext,
  directory: DirectoryChecks,
  input: typeof CreateRoomBookingInput.$inferInput,
  query?: RoomBookingQuery,
) {
  const { organizationId, personId } = await bookerUnit(actor, directory, { organizationId: input.organizationId, personId: input.organiserPersonId }, { unit: 'input.organizationId', person: 'input.organiserPersonId' });
  if (input.startsAt.getTime() < Date.now()) throw new BadUserInputError('开始时间已过', 'input.startsAt', { reason: 'IN_THE_PAST' });
  const slots = occurrences(input.startsAt, input.endsAt, input.recurrence);
  try {
    return await db.$transaction(async (tx) => {
      const room = await tx.meetingRoom.findUnique({ where: { id: input.meetingRoomId } });
      if (!room) throw new BadUserInputError('会议室不存在', 'input.meetingRoomId', { reason: 'UNKNOWN_ROOM', params: { id: input.meetingRoomId } });
      const problem = capacityProblem(room, input.attendees) ?? slots.map((slot) => openHoursProblem(room, slot.startsAt, slot.endsAt)).find(Boolean) ?? null;
      if (problem) throw refusalError(problem);
      const clash = await firstClash(tx, room.id, slots);
      if (clash) throw overlapError(clash, slots);
      await registerUnit(tx, organizationId);
      const seriesId = slots.length > 1 ? randomUUID() : null;
      const status = room.needsApproval ? 'REQUESTED' : 'APPROVED';
      const rows = slots.map((slot) => ({
        id: randomUUID(),
        meetingRoomId: room.id,
        organizationId,
        organiserPersonId: personId,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        attendees: input.attendees,
        purpose: input.purpose,
        needs: input.needs ?? null,
        status,
        seriesId,
      })) satisfies Prisma.RoomBookingCreateManyInput[];
      await tx.roomBooking.createMany({ data: rows });
      const first = await tx.roomBooking.findUniqueOrThrow({ ...query, where: { id: rows[0]!.id } });
      await recordAudit(tx, {
        actor,
        action: 'roomBooking.create',
        entity: 'RoomBooking',
        entityId: rows[0]!.id,
        before: null,
        after: { roomBookings: rows.map((row) => auditSnapshot(row)), seriesId },
      });
      return first;
    });
  } catch (error) {
    if (!isExclusionViolation(error)) throw error;
    // A concurrent booking won the slot between the check and the insert: name it (read after the rollback).
    const clash = await firstClash(db, input.meetingRoomId, slots);
    throw overlapError(clash, slots);
  }
}

interface Clash {
  id: string;
  startsAt: Date;
  endsAt: Date;
}

/**
 * The first booking holding the room that overlaps one of the slots, whoever's it is: raw SQL, as
 * the viewer's scope would hide another unit's booking (only its id and times are named).
 */
async function firstClash(tx: { $queryRaw: Prisma.TransactionClient['$queryRaw'] }, roomId: string, slots: Slot[]): Promise<Clash | null> {
  const ranges = slots.map((slot) => `[${slot.startsAt.toISOString()},${slot.endsAt.toISOString()})`);
  const rows = await tx.$queryRaw<Clash[]>`
    SELECT b.id, b."startsAt", b."endsAt" FROM ${table('RoomBooking')} b
     WHERE b."meetingRoomId" = ${roomId} AND b.status::text = ANY(${[...HOLDING_STATUSES]})
       AND tstzrange(b."startsAt", b."endsAt") && ANY(${ranges}::tstzrange[])
     ORDER BY b."startsAt", b.id LIMIT 1`;
  return rows[0] ?? null;
}

function overlapError(clash: Clash | null, slots: Slot[]): ConflictError {
  if (!clash) return new ConflictError('该时段已被预定，请刷新后重试', { reason: 'BOOKING_OVERLAP', params: { booking: null } });
  const occurrence = slots.findIndex((slot) => slot.startsAt < clash.endsAt && clash.startsAt < slot.endsAt) + 1;
  return new ConflictError(`与已有预定（${clash.id}）时间冲突`, {
    reason: 'BOOKING_OVERLAP',
    params: { booking: clash.id, startsAt: clash.startsAt.toISOString(), endsAt: clash.endsAt.toISOString(), occurrence },
  });
}
