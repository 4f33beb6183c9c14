import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { Rank } from '../../prisma/generated/enums.ts';
import type { AssetsActionContext, AssetsContext } from '../context.ts';

/**
 * Sets a unit's approved headcount at the ranks given (others stay; each rank once, checked with
 * the input). The unit is registered in assets on first use: staffing is where a new unit of the
 * directory enters this domain, so the directory is asked first that it is one.
 */
export async function setStaffing(
  { actor, db, requireDirectoryUnit }: AssetsActionContext & Pick<AssetsContext, 'requireDirectoryUnit'>,
  input: { organizationId: string; staffing: readonly { rank: Rank; approvedHeadcount: number }[] },
  query?: Pick<Prisma.OrganizationFindUniqueArgs, 'select' | 'include'>,
) {
  const { organizationId, staffing } = input;
  await requireDirectoryUnit(organizationId, 'organizationId');
  return db.$transaction(async (tx) => {
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
    return tx.organization.findUniqueOrThrow({ ...query, where: { id: organizationId } });
  });
}
