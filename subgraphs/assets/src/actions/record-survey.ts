import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { BadUserInputError } from '@jiguan/shared-schema/errors';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { AssetsActionContext } from '../context.ts';
import type { RecordSurveyInput } from '../schema/survey.ts';
import { requireBuilding } from './require-building.ts';

/** Records a survey of a property. 两测一评 is for properties without a matching certificate. */
export async function recordSurvey(
  { actor, db }: AssetsActionContext,
  input: typeof RecordSurveyInput.$inferInput,
  query?: Pick<Prisma.SurveyFindUniqueArgs, 'select' | 'include'>,
) {
  return db.$transaction(async (tx) => {
    const building = await requireBuilding(tx, input.buildingId, 'input.buildingId');
    if (input.kind === 'TWO_SURVEYS_ONE_ASSESSMENT' && building.certificateStatus === 'CERTIFIED') {
      throw new BadUserInputError('“两测一评”只针对无证或证实不符的房屋', 'input.kind', { reason: 'CERTIFIED_PROPERTY' });
    }
    const survey = await tx.survey.create({ ...query, data: input });
    await recordAudit(tx, { actor, action: 'survey.record', entity: 'Survey', entityId: survey.id, before: null, after: auditSnapshot(survey) });
    return survey;
  });
}
