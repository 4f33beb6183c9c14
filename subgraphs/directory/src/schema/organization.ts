import { actingAs } from '@jiguan/shared-schema/context';
import { domainRule } from '@jiguan/shared-schema/validation/domain-rule';
import { z } from 'zod';
import type { Prisma } from '../../prisma/generated/client.ts';
import { createOrganization } from '../actions/create-organization.ts';
import { updateOrganization } from '../actions/update-organization.ts';
import { builder } from '../builder.ts';
import { organizationCodeProblem, organizationNameProblem, organizationShortNameProblem } from '../domain/organization-rules.ts';
import { OrganizationKindEnum } from './enums.ts';

const treeOrder = [{ sortOrder: 'asc' }, { code: 'asc' }] satisfies Prisma.OrganizationOrderByWithRelationInput[];

export const OrganizationRef = builder.prismaObject('Organization', {
  description: 'A unit (单位) of the district or a section of one, in one tree',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    shortName: t.exposeString('shortName', { nullable: true }),
    kind: t.expose('kind', { type: OrganizationKindEnum }),
    underAgencyBookkeeping: t.exposeBoolean('underAgencyBookkeeping', {
      description: 'Its books are kept by the bureau (代理记账)',
    }),
    sortOrder: t.exposeInt('sortOrder'),
    parent: t.relation('parent', { nullable: true }),
    childCount: t.relationCount('children'),
    children: t.relatedConnection('children', { cursor: 'id', totalCount: true, query: { orderBy: treeOrder } }),
    people: t.relatedConnection('people', {
      cursor: 'id',
      totalCount: true,
      description: 'The people of this unit the viewer may see under their data scope',
      query: { orderBy: [{ name: 'asc' }, { id: 'asc' }] },
    }),
  }),
});

builder.asEntity(OrganizationRef, {
  key: builder.selection<{ id: string }>('id'),
  // findUnique calls of one tick are batched by Prisma into one query.
  resolveReference: ({ id }, context) => context.db.organization.findUnique({ where: { id } }),
});

const OrganizationFilter = builder.inputType('OrganizationFilter', {
  fields: (t) => ({
    search: t.string({ description: 'Part of the name, short name or code' }),
    parentId: t.id({ description: 'Only the direct children of this unit' }),
    rootsOnly: t.boolean({ description: 'Only the units at the top of the tree' }),
    underAgencyBookkeeping: t.boolean(),
  }),
});

function organizationWhere(filter: typeof OrganizationFilter.$inferInput | null | undefined): Prisma.OrganizationWhereInput {
  const search = filter?.search?.trim();
  return {
    ...(search
      ? {
          OR: [
            { name: { contains: search, mode: 'insensitive' } },
            { shortName: { contains: search, mode: 'insensitive' } },
            { code: { contains: search, mode: 'insensitive' } },
          ],
        }
      : {}),
    ...(filter?.parentId ? { parentId: filter.parentId } : {}),
    ...(filter?.rootsOnly ? { parentId: null } : {}),
    ...(filter?.underAgencyBookkeeping != null ? { underAgencyBookkeeping: filter.underAgencyBookkeeping } : {}),
  };
}

builder.queryFields((t) => ({
  organization: t.prismaField({
    type: 'Organization',
    nullable: true,
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, context) => context.db.organization.findUnique({ ...query, where: { id } }),
  }),
  organizations: t.prismaConnection({
    type: 'Organization',
    cursor: 'id',
    authScopes: { authenticated: true },
    description: 'Units in tree order (sort order, then code); every logged-in user may list them',
    args: { filter: t.arg({ type: OrganizationFilter }) },
    resolve: (query, _root, { filter }, context) =>
      context.db.organization.findMany({ ...query, where: organizationWhere(filter), orderBy: treeOrder }),
    totalCount: (_connection, { filter }, context) => context.db.organization.count({ where: organizationWhere(filter) }),
  }),
}));

/** The unit's fields, trimmed, then checked: a name, an optional short name, a code of the bureau's form. */
const name = z.string().trim().pipe(domainRule(organizationNameProblem));
const shortName = z.string().trim().pipe(domainRule(organizationShortNameProblem)).nullish();
const code = z.string().trim().pipe(domainRule(organizationCodeProblem));

function organizationInput(typeName: string, description: string) {
  return builder.inputType(typeName, {
    description,
    fields: (t) => ({
      name: t.string({ required: true, validate: name }),
      shortName: t.string({ validate: shortName }),
      code: t.string({ required: true, validate: code, description: 'Unique, e.g. SJ-JGSWGLJ' }),
      kind: t.field({ type: OrganizationKindEnum, required: true }),
      parentId: t.id({ description: 'The unit above; none for the top of the tree' }),
    }),
  });
}

const CreateOrganizationInput = organizationInput('CreateOrganizationInput', 'A new unit, placed after its siblings');
const UpdateOrganizationInput = organizationInput('UpdateOrganizationInput', 'Every field of the unit, as it is to be (the parent may not be the unit or below it)');

builder.mutationFields((t) => ({
  createOrganization: t.prismaField({
    type: 'Organization',
    authScopes: { anyRole: ['ADMIN'] },
    description: 'Adds a unit to the tree (administrators)',
    args: { input: t.arg({ type: CreateOrganizationInput, required: true }) },
    resolve: (query, _root, { input }, context) => createOrganization(actingAs(context), input, query),
  }),
  updateOrganization: t.prismaField({
    type: 'Organization',
    authScopes: { anyRole: ['ADMIN'] },
    description: 'Edits a unit: names, code, kind, parent (administrators)',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateOrganizationInput, required: true }) },
    resolve: (query, _root, { id, input }, context) => updateOrganization(actingAs(context), id, input, query),
  }),
}));
