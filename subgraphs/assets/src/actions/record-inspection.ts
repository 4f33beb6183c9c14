import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { BadUserInputError } from '@jiguan/shared-schema/errors';
import type { ProblemCategory } from '../../prisma/generated/enums.ts';
import { prisma } from '../db.ts';
import { requireOrganization } from './require-organization.ts';

export interface RecordInspectionInput {
  organizationId: string;
  inspectedOn: Date;
  inspectors: string;
  problems: {
    buildingId?: string | null;
    category: ProblemCategory;
    description: string;
    rectificationItems: { suggestion: string; owner: string; dueOn: Date }[];
  }[];
}

/** Records an inspection, its problems and their rectification items as one change. */
export async function recordInspection(actor: Viewer, input: RecordInspectionInput) {
  input.problems.forEach((problem, p) => {
    if (problem.rectificationItems.length === 0) throw new BadUserInputError('每个问题至少提出一条整改意见', `input.problems.${p}.rectificationItems`);
    problem.rectificationItems.forEach((item, i) => {
      if (item.dueOn < input.inspectedOn) throw new BadUserInputError('整改期限不能早于巡检日期', `input.problems.${p}.rectificationItems.${i}.dueOn`);
    });
  });
  return prisma.$transaction(async (tx) => {
    await requireOrganization(tx, input.organizationId, 'input.organizationId');
    const buildingIds = [...new Set(input.problems.flatMap((problem) => (problem.buildingId ? [problem.buildingId] : [])))];
    const known = new Set((await tx.building.findMany({ where: { id: { in: buildingIds } }, select: { id: true } })).map((b) => b.id));
    const unknown = input.problems.findIndex((problem) => problem.buildingId && !known.has(problem.buildingId));
    if (unknown >= 0) throw new BadUserInputError('所选房屋不存在', `input.problems.${unknown}.buildingId`);

    const inspection = await tx.inspection.create({
      data: {
        organizationId: input.organizationId,
        inspectedOn: input.inspectedOn,
        inspectors: input.inspectors.trim(),
        problems: {
          create: input.problems.map((problem) => ({
            buildingId: problem.buildingId ?? null,
            category: problem.category,
            description: problem.description.trim(),
            rectificationItems: {
              create: problem.rectificationItems.map((item) => ({ suggestion: item.suggestion.trim(), owner: item.owner.trim(), dueOn: item.dueOn })),
            },
          })),
        },
      },
      include: { problems: { include: { rectificationItems: true } } },
    });
    await recordAudit(tx, { actor, action: 'inspection.record', entity: 'Inspection', entityId: inspection.id, before: null, after: inspection });
    return inspection;
  });
}
