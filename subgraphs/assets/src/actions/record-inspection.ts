import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { BadUserInputError } from '@jiguan/shared-schema/errors';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { AssetsActionContext } from '../context.ts';
import type { RecordInspectionInput } from '../schema/inspection.ts';
import { requireOrganization } from './require-organization.ts';

/**
 * Records an inspection, its problems and their rectification items as one change; the items'
 * count and due dates were checked with the input (inspectionProblem).
 */
export async function recordInspection(
  { actor, db }: AssetsActionContext,
  input: typeof RecordInspectionInput.$inferInput,
  query?: Pick<Prisma.InspectionFindUniqueArgs, 'select' | 'include'>,
) {
  return db.$transaction(async (tx) => {
    await requireOrganization(tx, input.organizationId, 'input.organizationId');
    const buildingIds = [...new Set(input.problems.flatMap((problem) => (problem.buildingId ? [problem.buildingId] : [])))];
    const known = new Set((await tx.building.findMany({ where: { id: { in: buildingIds } }, select: { id: true } })).map((b) => b.id));
    const unknown = input.problems.findIndex((problem) => problem.buildingId && !known.has(problem.buildingId));
    if (unknown >= 0) throw new BadUserInputError('所选房屋不存在', `input.problems.${unknown}.buildingId`, { reason: 'UNKNOWN_BUILDING' });

    const inspection = await tx.inspection.create({
      data: {
        organizationId: input.organizationId,
        inspectedOn: input.inspectedOn,
        inspectors: input.inspectors,
        problems: {
          create: input.problems.map((problem) => ({
            buildingId: problem.buildingId ?? null,
            category: problem.category,
            description: problem.description,
            rectificationItems: { create: problem.rectificationItems },
          })),
        },
      },
      include: { problems: { include: { rectificationItems: true } } },
    });
    await recordAudit(tx, { actor, action: 'inspection.record', entity: 'Inspection', entityId: inspection.id, before: null, after: inspection });
    return query ? tx.inspection.findUniqueOrThrow({ ...query, where: { id: inspection.id } }) : inspection;
  });
}
