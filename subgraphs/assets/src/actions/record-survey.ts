import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { BadUserInputError } from '@jiguan/shared-schema/errors';
import type { SurveyKind } from '../../prisma/generated/enums.ts';
import { prisma } from '../db.ts';
import { requireBuilding } from './require-building.ts';

export interface RecordSurveyInput {
  buildingId: string;
  kind: SurveyKind;
  surveyedOn: Date;
  area: string;
  surveyor: string;
}

/** Records a survey of a property. 两测一评 is for properties without a matching certificate. */
export async function recordSurvey(actor: Viewer, input: RecordSurveyInput) {
  return prisma.$transaction(async (tx) => {
    const building = await requireBuilding(tx, input.buildingId, 'input.buildingId');
    if (input.kind === 'TWO_SURVEYS_ONE_ASSESSMENT' && building.certificateStatus === 'CERTIFIED') {
      throw new BadUserInputError('“两测一评”只针对无证或证实不符的房屋', 'input.kind');
    }
    const survey = await tx.survey.create({ data: { ...input, surveyor: input.surveyor.trim() } });
    await recordAudit(tx, { actor, action: 'survey.record', entity: 'Survey', entityId: survey.id, before: null, after: survey });
    return survey;
  });
}
