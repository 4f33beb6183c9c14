import { builder } from '../builder.ts';
import { partyAccess } from '../domain/access.ts';

/**
 * The party side of a unit (单位): the directory owns the Organization entity (name, code, tree);
 * party keeps a local row per unit it knows (id only), the foreign key of the Party organisations
 * set up in it and of cadre appointments. Every field party adds to the unit is nullable.
 */
export const OrganizationRef = builder.prismaObject('Organization', {
  // No description: the directory's, the owner's, is the one the supergraph shows.
  fields: (t) => ({
    id: t.exposeID('id'),
    partyOrganizations: t.relatedConnection('partyOrganizations', {
      nullable: true,
      cursor: 'id',
      totalCount: true,
      authScopes: partyAccess.read,
      description: 'The Party organisations set up in the unit',
      query: { orderBy: [{ kind: 'asc' }, { name: 'asc' }] },
    }),
  }),
});

builder.asEntity(OrganizationRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, context) => context.db.organization.findUnique({ where: { id } }),
});
