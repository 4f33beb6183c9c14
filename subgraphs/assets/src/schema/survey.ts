import { actingAs } from '@jiguan/shared-schema/context';
import { decimalColumn } from '@jiguan/shared-schema/schema/decimal-column';
import { positiveAmount, text } from '@jiguan/shared-schema/validation/input-rules';
import { recordSurvey } from '../actions/record-survey.ts';
import { builder } from '../builder.ts';
import { assetsAccess } from '../domain/access.ts';
import { BuildingRef } from './building.ts';
import { SurveyKindEnum } from './enums.ts';

builder.prismaObject('Survey', {
  description: 'A survey of a property (实地踏勘 / 两测一评 / 土地修测) and the area it established',
  fields: (t) => ({
    id: t.exposeID('id'),
    building: t.relation('building'),
    kind: t.expose('kind', { type: SurveyKindEnum }),
    surveyedOn: t.expose('surveyedOn', { type: 'Date' }),
    area: t.field({ type: 'Decimal', description: 'm²', resolve: decimalColumn('area') }),
    surveyor: t.exposeString('surveyor'),
  }),
});

builder.prismaObjectFields(BuildingRef, (t) => ({
  surveys: t.relatedConnection('surveys', { cursor: 'id', totalCount: true, query: { orderBy: [{ surveyedOn: 'desc' }, { id: 'asc' }] } }),
}));

export const RecordSurveyInput = builder.inputType('RecordSurveyInput', {
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
    authScopes: assetsAccess.write,
    args: { input: t.arg({ type: RecordSurveyInput, required: true }) },
    resolve: (query, _root, { input }, context) => recordSurvey(actingAs(context), input, query),
  }),
}));
