import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { ServicesActionContext } from '../context.ts';
import { CHECK_IN_MINUTES } from '../domain/booking.ts';

/**
 * The sweep (staff, or a scheduler acting as staff): every APPROVED booking nobody checked in to
 * within 15 minutes of its start becomes RELEASED, which frees its room for the rest of the slot.
 * One transaction; an audit record per booking released. Answers how many it released.
 */
export async function releaseUnattendedRoomBookings({ actor, db }: ServicesActionContext, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - CHECK_IN_MINUTES * 60_000);
  return db.$transaction(async (tx) => {
    const due = await tx.roomBooking.findMany({ where: { status: 'APPROVED', startsAt: { lt: cutoff } }, orderBy: { id: 'asc' }, take: 1000 });
    if (due.length === 0) return 0;
    const { count } = await tx.roomBooking.updateMany({ where: { id: { in: due.map((b) => b.id) }, status: 'APPROVED' }, data: { status: 'RELEASED' } });
    for (const booking of due) {
      await recordAudit(tx, { actor, action: 'roomBooking.release', entity: 'RoomBooking', entityId: booking.id, before: { status: booking.status }, after: { status: 'RELEASED', releasedAt: now.toISOString() } });
    }
    return count;
  });
}
