import { builder } from '../builder.ts';
import { assetsAccess } from '../domain/access.ts';
import { RankEnum } from './enums.ts';

/**
 * The assets side of a unit (单位): the directory owns the Organization entity (name, code, tree);
 * every aggregate file adds the unit's records of its kind to it (`buildings`, `vehicles` …).
 *
 * Assets keeps a local row per unit it knows (id only): the foreign key every record of a unit
 * points at, so PostgreSQL keeps the records' integrity and Prisma can filter and join by unit,
 * within the subgraph's own schema (no subgraph reads another's tables). The directory stays the
 * one owner of what a unit is; a unit enters assets through the seed or `setStaffing`.
 *
 * Every field assets adds to the unit is nullable: when assets is down, or refuses a field (another
 * unit's records), only that field is null, and the directory's unit (name, code, tree) still shows.
 */
export const OrganizationRef = builder.prismaObject('Organization', {
  // No description: the directory's, the owner's, is the one the supergraph shows.
  fields: (t) => ({
    id: t.exposeID('id'),
    staffing: t.relation('staffing', {
      nullable: true,
      authScopes: assetsAccess.readUnit,
      description: 'Approved headcount (编制数) by rank: at most one row a rank',
      query: { orderBy: { rank: 'asc' } },
    }),
  }),
});

builder.asEntity(OrganizationRef, {
  key: builder.selection<{ id: string }>('id'),
  // findUnique calls of one tick are batched by Prisma into one query. A unit assets has not
  // registered (the seed registers every unit; setStaffing a new one) resolves to null.
  resolveReference: ({ id }, context) => context.db.organization.findUnique({ where: { id } }),
});

builder.prismaObject('Staffing', {
  description: '编制数: the approved headcount of a unit at one rank',
  fields: (t) => ({
    rank: t.expose('rank', { type: RankEnum }),
    approvedHeadcount: t.exposeInt('approvedHeadcount'),
  }),
});
