import { builder } from '../builder.ts';

/**
 * The finance side of a unit (单位): the directory owns the Organization entity (name, code, tree);
 * every aggregate file adds the unit's records of its kind to it.
 */
export const OrganizationRef = builder.prismaObject('Organization', {
  // No description: the directory's, the owner's, is the one the supergraph shows.
  fields: (t) => ({
    id: t.exposeID('id'),
  }),
});

builder.asEntity(OrganizationRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, context) => context.db.organization.findUnique({ where: { id } }),
});
