import { actingAs } from '@jiguan/shared-schema/context';
import { domainRule } from '@jiguan/shared-schema/validation/domain-rule';
import { text } from '@jiguan/shared-schema/validation/input-rules';
import type { Prisma } from '../../prisma/generated/client.ts';
import { awardHonour } from '../actions/award-honour.ts';
import { builder } from '../builder.ts';
import { partyAccess } from '../domain/access.ts';
import { honourProblem } from '../domain/honour.ts';
import { HonourKindEnum } from './enums.ts';
import { PersonRef } from './person.ts';
import { inYear, YEAR_ARG } from './year-filter.ts';

builder.prismaObject('Honour', {
  description: 'An honour given to a Party organisation (先进基层党组织 …) or a person of it (优秀共产党员 …)',
  fields: (t) => ({
    id: t.exposeID('id'),
    partyOrganization: t.relation('partyOrganization'),
    kind: t.expose('kind', { type: HonourKindEnum }),
    person: t.field({ type: PersonRef, nullable: true, resolve: (honour) => (honour.personId ? { id: honour.personId } : null) }),
    title: t.exposeString('title'),
    awardedBy: t.exposeString('awardedBy'),
    awardedOn: t.expose('awardedOn', { type: 'Date' }),
  }),
});

const HonourFilter = builder.inputType('HonourFilter', {
  fields: (t) => ({ kind: t.field({ type: HonourKindEnum }), year: t.int({ validate: YEAR_ARG }) }),
});

const honourWhere = (filter: typeof HonourFilter.$inferInput | null | undefined): Prisma.HonourWhereInput => ({
  ...(filter?.kind ? { kind: filter.kind } : {}),
  ...(filter?.year ? { awardedOn: inYear(filter.year) } : {}),
});

builder.queryFields((t) => ({
  honours: t.prismaConnection({
    type: 'Honour',
    cursor: 'id',
    authScopes: partyAccess.read,
    description: 'Newest first',
    args: { filter: t.arg({ type: HonourFilter }) },
    resolve: (query, _root, { filter }, context) =>
      context.db.honour.findMany({ ...query, where: honourWhere(filter), orderBy: [{ awardedOn: 'desc' }, { id: 'asc' }] }),
    totalCount: (_connection, { filter }, context) => context.db.honour.count({ where: honourWhere(filter) }),
  }),
}));

export const AwardHonourInput = builder.inputType('AwardHonourInput', {
  validate: domainRule(honourProblem),
  fields: (t) => ({
    partyOrganizationId: t.id({ required: true, description: 'The organisation honoured, or the honoured person’s' }),
    kind: t.field({ type: HonourKindEnum, required: true }),
    personId: t.id({ description: 'The person honoured (INDIVIDUAL)' }),
    title: t.string({ required: true, validate: text(200) }),
    awardedBy: t.string({ required: true, validate: text(200) }),
    awardedOn: t.field({ type: 'Date', required: true }),
  }),
});

builder.mutationFields((t) => ({
  awardHonour: t.prismaField({
    type: 'Honour',
    authScopes: partyAccess.write,
    args: { input: t.arg({ type: AwardHonourInput, required: true }) },
    resolve: (query, _root, { input }, context) => awardHonour(actingAs(context), context, input, query),
  }),
}));
