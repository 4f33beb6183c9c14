import { requireViewer } from '@jiguan/shared-schema/context';
import { recordSurvey } from '../actions/record-survey.ts';
import { builder } from '../builder.ts';
import { prisma } from '../db.ts';
import { writers } from './auth-scopes.ts';
import { BuildingRef } from './building.ts';
import { SurveyKindEnum } from './enums.ts';
import { positiveAmount, text } from './input-rules.ts';

builder.prismaObject('Survey', {
  description: 'A survey of a property (实地踏勘 / 两测一评 / 土地修测) and the area it established',
  fields: (t) => ({
    id: t.exposeID('id'),
    building: t.relation('building'),
    kind: t.expose('kind', { type: SurveyKindEnum }),
    surveyedOn: t.expose('surveyedOn', { type: 'Date' }),
    area: t.field({ type: 'Decimal', description: 'm²', resolve: (survey) => survey.area.toFixed(2) }),
    surveyor: t.exposeString('surveyor'),
  }),
});

builder.prismaObjectFields(BuildingRef, (t) => ({
  surveys: t.relatedConnection('surveys', { cursor: 'id', totalCount: true, query: { orderBy: [{ surveyedOn: 'desc' }, { id: 'asc' }] } }),
}));

const RecordSurveyInput = builder.inputType('RecordSurveyInput', {
  fields: (t) => ({
    buildingId: t.id({ required: true }),
    kind: t.field({ type: SurveyKindEnum, required: true }),
    surveyedOn: t.field({ type: 'Date', required: true }),
    area: t.field({ type: 'Decimal', required: true, validate: positiveAmount, description: 'm²' }),
    surveyor: t.string({ required: true, validate: text(100) }),
  }),
});

builder.mutationFields((t) => ({
  recordSurvey: t.prismaField({
    type: 'Survey',
    authScopes: writers,
    args: { input: t.arg({ type: RecordSurveyInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const survey = await recordSurvey(requireViewer(context), input);
      return prisma.survey.findUniqueOrThrow({ ...query, where: { id: survey.id } });
    },
  }),
}));
