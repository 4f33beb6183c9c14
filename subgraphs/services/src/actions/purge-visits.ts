import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { ServicesActionContext } from '../context.ts';

/**
 * The retention purge (staff): visits expected more than `olderThanDays` ago, and over (not
 * EXPECTED or CHECKED_IN), lose every personal field — name, organisation, phone, ID number, car
 * plate — and get `purgedAt`; the rows (status, times, host unit) and the audit trail stay. One
 * transaction, one audit record naming the visits purged. Answers how many.
 */
export async function purgeVisits({ actor, db }: ServicesActionContext, olderThanDays: number): Promise<number> {
  const cutoff = new Date(Date.now() - olderThanDays * 86_400_000);
  return db.$transaction(async (tx) => {
    const due = await tx.visit.findMany({ where: { expectedAt: { lt: cutoff }, purgedAt: null, status: { notIn: ['EXPECTED', 'CHECKED_IN'] } }, select: { id: true } });
    if (due.length === 0) return 0;
    const ids = due.map((visit) => visit.id);
    const { count } = await tx.visit.updateMany({
      where: { id: { in: ids }, purgedAt: null },
      data: { visitorName: null, visitorOrganization: null, phoneLast4: null, phoneEncrypted: null, idNumberLast4: null, idNumberEncrypted: null, carPlate: null, purgedAt: new Date() },
    });
    await recordAudit(tx, { actor, action: 'visit.purge', entity: 'Visit', entityId: `retention-${cutoff.toISOString().slice(0, 10)}`, before: null, after: { olderThanDays, cutoff: cutoff.toISOString(), purged: count, visitIds: ids } });
    return count;
  });
}
