import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import type { Rank } from '../../prisma/generated/enums.ts';
import { prisma } from '../db.ts';

/** Sets the office area allowed per person at a rank. */
export async function setOfficeSpaceStandard(actor: Viewer, rank: Rank, areaPerPerson: string) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.officeSpaceStandard.findUnique({ where: { rank } });
    const after = await tx.officeSpaceStandard.upsert({ where: { rank }, create: { rank, areaPerPerson }, update: { areaPerPerson } });
    await recordAudit(tx, { actor, action: 'officeSpaceStandard.set', entity: 'OfficeSpaceStandard', entityId: rank, before, after });
    return after;
  });
}
