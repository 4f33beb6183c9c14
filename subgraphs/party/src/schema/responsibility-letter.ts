import { actingAs } from '@jiguan/shared-schema/context';
import { text } from '@jiguan/shared-schema/validation/input-rules';
import type { Prisma } from '../../prisma/generated/client.ts';
import { createResponsibilityLetter } from '../actions/create-responsibility-letter.ts';
import { signResponsibilityLetter } from '../actions/sign-responsibility-letter.ts';
import { builder } from '../builder.ts';
import { partyAccess } from '../domain/access.ts';
import { LetterKindEnum } from './enums.ts';
import { PersonRef } from './person.ts';
import { YEAR_ARG } from './year-filter.ts';

builder.prismaObject('ResponsibilityLetter', {
  description: '责任书 / 承诺书 (党风廉政建设责任书, 文明行车承诺书 …) and who signed it',
  fields: (t) => ({
    id: t.exposeID('id'),
    partyOrganization: t.relation('partyOrganization'),
    kind: t.expose('kind', { type: LetterKindEnum }),
    title: t.exposeString('title'),
    year: t.exposeInt('year'),
    signatures: t.relatedConnection('signatures', { cursor: 'id', totalCount: true, query: { orderBy: [{ signedOn: 'asc' }, { id: 'asc' }] } }),
    signedCount: t.relationCount('signatures', { description: 'Signatures the viewer may see' }),
  }),
});

builder.prismaObject('LetterSignature', {
  fields: (t) => ({
    id: t.exposeID('id'),
    person: t.field({ type: PersonRef, resolve: (signature) => ({ id: signature.personId }) }),
    signedOn: t.expose('signedOn', { type: 'Date' }),
  }),
});

const ResponsibilityLetterFilter = builder.inputType('ResponsibilityLetterFilter', {
  fields: (t) => ({ kind: t.field({ type: LetterKindEnum }), year: t.int({ validate: YEAR_ARG }) }),
});

const letterWhere = (filter: typeof ResponsibilityLetterFilter.$inferInput | null | undefined): Prisma.ResponsibilityLetterWhereInput => ({
  ...(filter?.kind ? { kind: filter.kind } : {}),
  ...(filter?.year ? { year: filter.year } : {}),
});

builder.queryFields((t) => ({
  responsibilityLetters: t.prismaConnection({
    type: 'ResponsibilityLetter',
    cursor: 'id',
    authScopes: partyAccess.read,
    description: 'Newest year first',
    args: { filter: t.arg({ type: ResponsibilityLetterFilter }) },
    resolve: (query, _root, { filter }, context) =>
      context.db.responsibilityLetter.findMany({ ...query, where: letterWhere(filter), orderBy: [{ year: 'desc' }, { title: 'asc' }, { id: 'asc' }] }),
    totalCount: (_connection, { filter }, context) => context.db.responsibilityLetter.count({ where: letterWhere(filter) }),
  }),
}));

export const CreateResponsibilityLetterInput = builder.inputType('CreateResponsibilityLetterInput', {
  fields: (t) => ({
    partyOrganizationId: t.id({ required: true }),
    kind: t.field({ type: LetterKindEnum, required: true }),
    title: t.string({ required: true, validate: text(200) }),
    year: t.int({ required: true, validate: YEAR_ARG }),
  }),
});

export const SignResponsibilityLetterInput = builder.inputType('SignResponsibilityLetterInput', {
  fields: (t) => ({ letterId: t.id({ required: true }), personId: t.id({ required: true }), signedOn: t.field({ type: 'Date', required: true }) }),
});

builder.mutationFields((t) => ({
  createResponsibilityLetter: t.prismaField({
    type: 'ResponsibilityLetter',
    authScopes: partyAccess.write,
    args: { input: t.arg({ type: CreateResponsibilityLetterInput, required: true }) },
    resolve: (query, _root, { input }, context) => createResponsibilityLetter(actingAs(context), input, query),
  }),
  signResponsibilityLetter: t.prismaField({
    type: 'ResponsibilityLetter',
    authScopes: partyAccess.write,
    args: { input: t.arg({ type: SignResponsibilityLetterInput, required: true }) },
    resolve: (query, _root, { input }, context) => signResponsibilityLetter(actingAs(context), context, input, query),
  }),
}));
