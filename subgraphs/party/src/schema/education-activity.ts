import { actingAs } from '@jiguan/shared-schema/context';
import { headcount, optionalText, text } from '@jiguan/shared-schema/validation/input-rules';
import type { Prisma } from '../../prisma/generated/client.ts';
import { recordEducationActivity } from '../actions/record-education-activity.ts';
import { builder } from '../builder.ts';
import { partyAccess } from '../domain/access.ts';
import { EducationKindEnum } from './enums.ts';
import { inYear, YEAR_ARG } from './year-filter.ts';

builder.prismaObject('EducationActivity', {
  description: '纪律教育: a visit to an education site (廉政教育基地 …) or a special study',
  fields: (t) => ({
    id: t.exposeID('id'),
    partyOrganization: t.relation('partyOrganization'),
    kind: t.expose('kind', { type: EducationKindEnum }),
    title: t.exposeString('title'),
    place: t.exposeString('place', { nullable: true }),
    heldOn: t.expose('heldOn', { type: 'Date' }),
    participants: t.exposeInt('participants'),
  }),
});

const EducationActivityFilter = builder.inputType('EducationActivityFilter', {
  fields: (t) => ({ kind: t.field({ type: EducationKindEnum }), year: t.int({ validate: YEAR_ARG }) }),
});

const educationWhere = (filter: typeof EducationActivityFilter.$inferInput | null | undefined): Prisma.EducationActivityWhereInput => ({
  ...(filter?.kind ? { kind: filter.kind } : {}),
  ...(filter?.year ? { heldOn: inYear(filter.year) } : {}),
});

builder.queryFields((t) => ({
  educationActivities: t.prismaConnection({
    type: 'EducationActivity',
    cursor: 'id',
    authScopes: partyAccess.read,
    description: 'Newest first',
    args: { filter: t.arg({ type: EducationActivityFilter }) },
    resolve: (query, _root, { filter }, context) =>
      context.db.educationActivity.findMany({ ...query, where: educationWhere(filter), orderBy: [{ heldOn: 'desc' }, { id: 'asc' }] }),
    totalCount: (_connection, { filter }, context) => context.db.educationActivity.count({ where: educationWhere(filter) }),
  }),
}));

export const RecordEducationActivityInput = builder.inputType('RecordEducationActivityInput', {
  fields: (t) => ({
    partyOrganizationId: t.id({ required: true }),
    kind: t.field({ type: EducationKindEnum, required: true }),
    title: t.string({ required: true, validate: text(200) }),
    place: t.string({ validate: optionalText(200) }),
    heldOn: t.field({ type: 'Date', required: true }),
    participants: t.int({ required: true, validate: headcount }),
  }),
});

builder.mutationFields((t) => ({
  recordEducationActivity: t.prismaField({
    type: 'EducationActivity',
    authScopes: partyAccess.write,
    args: { input: t.arg({ type: RecordEducationActivityInput, required: true }) },
    resolve: (query, _root, { input }, context) => recordEducationActivity(actingAs(context), input, query),
  }),
}));
