import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { Rank } from '../../prisma/generated/enums.ts';
import type { AssetsActionContext } from '../context.ts';

/** Sets the office area allowed per person at a rank. */
export async function setOfficeSpaceStandard(
  { actor, db }: AssetsActionContext,
  input: { rank: Rank; areaPerPerson: string },
  query?: Pick<Prisma.OfficeSpaceStandardFindUniqueArgs, 'select'>,
) {
  const { rank, areaPerPerson } = input;
  return db.$transaction(async (tx) => {
    const before = await tx.officeSpaceStandard.findUnique({ where: { rank } });
    const after = await tx.officeSpaceStandard.upsert({ ...query, where: { rank }, create: { rank, areaPerPerson }, update: { areaPerPerson } });
    await recordAudit(tx, { actor, action: 'officeSpaceStandard.set', entity: 'OfficeSpaceStandard', entityId: rank, before, after: auditSnapshot(after) });
    return after;
  });
}
