import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { BadUserInputError } from '@jiguan/shared-schema/errors';
import type { Rank } from '../../prisma/generated/enums.ts';
import { prisma } from '../db.ts';

/**
 * Sets a unit's approved headcount at the ranks given (others stay). The unit is registered in
 * assets on first use: staffing is where a new unit of the directory enters this domain.
 */
export async function setStaffing(actor: Viewer, organizationId: string, staffing: { rank: Rank; approvedHeadcount: number }[]) {
  const ranks = staffing.map((row) => row.rank);
  if (new Set(ranks).size !== ranks.length) throw new BadUserInputError('每个职级只能填写一次', 'staffing');
  return prisma.$transaction(async (tx) => {
    const before = await tx.staffing.findMany({ where: { organizationId }, orderBy: { rank: 'asc' } });
    await tx.organization.upsert({ where: { id: organizationId }, create: { id: organizationId }, update: {} });
    for (const { rank, approvedHeadcount } of staffing) {
      await tx.staffing.upsert({
        where: { organizationId_rank: { organizationId, rank } },
        create: { organizationId, rank, approvedHeadcount },
        update: { approvedHeadcount },
      });
    }
    const after = await tx.staffing.findMany({ where: { organizationId }, orderBy: { rank: 'asc' } });
    await recordAudit(tx, { actor, action: 'staffing.set', entity: 'Organization', entityId: organizationId, before: { staffing: before }, after: { staffing: after } });
    return after;
  });
}
