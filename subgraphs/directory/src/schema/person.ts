import type { Prisma } from '../../prisma/generated/client.ts';
import { builder } from '../builder.ts';
import { RankEnum } from './enums.ts';

export const PersonRef = builder.prismaObject('Person', {
  description: 'A person working in a unit',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    position: t.exposeString('position', { nullable: true, description: '职务' }),
    rank: t.expose('rank', { type: RankEnum }),
    phone: t.exposeString('phone', { nullable: true }),
    organization: t.relation('organization'),
    account: t.relation('account', { nullable: true, authScopes: { anyRole: ['ADMIN'] } }),
  }),
});

builder.asEntity(PersonRef, {
  key: builder.selection<{ id: string }>('id'),
  // One outside the viewer's scope resolves to null.
  resolveReference: ({ id }, context) => context.db.person.findUnique({ where: { id } }),
});

const PersonFilter = builder.inputType('PersonFilter', {
  fields: (t) => ({
    search: t.string({ description: 'Part of the name, position or phone' }),
    organizationId: t.id(),
  }),
});

function personWhere(filter: typeof PersonFilter.$inferInput | null | undefined): Prisma.PersonWhereInput {
  const search = filter?.search?.trim();
  return {
    ...(search
      ? {
          OR: [
            { name: { contains: search } },
            { position: { contains: search } },
            { phone: { contains: search } },
          ],
        }
      : {}),
    ...(filter?.organizationId ? { organizationId: filter.organizationId } : {}),
  };
}

builder.queryFields((t) => ({
  people: t.prismaConnection({
    type: 'Person',
    cursor: 'id',
    authScopes: { authenticated: true },
    description: 'People the viewer may see under their data scope, by name',
    args: { filter: t.arg({ type: PersonFilter }) },
    resolve: (query, _root, { filter }, context) =>
      context.db.person.findMany({ ...query, where: personWhere(filter), orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
    totalCount: (_connection, { filter }, context) => context.db.person.count({ where: personWhere(filter) }),
  }),
}));
