import { builder } from '../builder.ts';
import { servicesAccess } from '../domain/access.ts';

/**
 * The services side of a unit (单位): the directory owns the Organization entity (name, code, tree);
 * services keeps a local row per unit it knows (id only), the foreign key of the unit's bookings,
 * visitors and work orders. Every field services adds to the unit is nullable.
 */
export const OrganizationRef = builder.prismaObject('Organization', {
  // No description: the directory's, the owner's, is the one the supergraph shows.
  fields: (t) => ({
    id: t.exposeID('id'),
    roomBookings: t.relatedConnection('bookings', {
      nullable: true,
      cursor: 'id',
      totalCount: true,
      authScopes: servicesAccess.read,
      description: 'The unit’s meeting-room bookings, latest first',
      query: { orderBy: [{ startsAt: 'desc' }, { id: 'asc' }] },
    }),
    visits: t.relatedConnection('visits', {
      nullable: true,
      cursor: 'id',
      totalCount: true,
      authScopes: servicesAccess.read,
      description: 'The unit’s visitor registrations, latest first',
      query: { orderBy: [{ expectedAt: 'desc' }, { id: 'asc' }] },
    }),
    workOrders: t.relatedConnection('workOrders', {
      nullable: true,
      cursor: 'id',
      totalCount: true,
      authScopes: servicesAccess.read,
      description: 'The unit’s repair work orders, latest first',
      query: { orderBy: [{ createdAt: 'desc' }, { id: 'asc' }] },
    }),
  }),
});

builder.asEntity(OrganizationRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, context) => context.db.organization.findUnique({ where: { id } }),
});
