import { builder } from '../builder.ts';
import { financeAccess } from '../domain/access.ts';

/**
 * The finance side of a unit (单位): the directory owns the Organization entity (name, code, tree);
 * every aggregate file adds the unit's records of its kind to it.
 */
export const OrganizationRef = builder.prismaObject('Organization', {
  // No description: the directory's, the owner's, is the one the supergraph shows.
  fields: (t) => ({
    id: t.exposeID('id'),
    agencyBookkeepingSince: t.expose('agencyBookkeepingSince', {
      type: 'Date',
      nullable: true,
      authScopes: financeAccess.readUnit,
      description: 'Since when the bureau keeps the unit’s books (代理记账); null: it keeps its own',
    }),
    accountSets: t.relatedConnection('accountSets', {
      nullable: true,
      cursor: 'id',
      totalCount: true,
      authScopes: financeAccess.readUnit,
      description: 'The unit’s account sets (账套) the bureau keeps, by code',
      query: { orderBy: [{ code: 'asc' }] },
    }),
    payments: t.relatedConnection('payments', {
      nullable: true,
      cursor: 'id',
      totalCount: true,
      authScopes: financeAccess.readUnit,
      description: 'The unit’s payment requests (支付), latest first',
      query: { orderBy: [{ submittedAt: 'desc' }, { id: 'asc' }] },
    }),
  }),
});

builder.asEntity(OrganizationRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, context) => context.db.organization.findUnique({ where: { id } }),
});
