import { requireViewer } from '@jiguan/shared-schema/context';
import type { Prisma } from '../../prisma/generated/client.ts';
import { createRentedSpace } from '../actions/create-rented-space.ts';
import { giveUpRentedSpace } from '../actions/give-up-rented-space.ts';
import { builder } from '../builder.ts';
import { prisma } from '../db.ts';
import { visibleRentedSpaces } from '../domain/visibility.ts';
import { readers, unitReaders, writers } from './auth-scopes.ts';
import { positiveAmount, text } from './input-rules.ts';
import { orderEnum } from './order-enum.ts';
import { OrganizationRef } from './organization.ts';

builder.prismaObject('RentedSpace', {
  description: 'Office space the district rents in for a unit (租赁用房); giving it up saves its rent',
  fields: (t) => ({
    id: t.exposeID('id'),
    organization: t.relation('organization'),
    address: t.exposeString('address'),
    landlord: t.exposeString('landlord'),
    area: t.field({ type: 'Decimal', description: 'm²', resolve: (space) => space.area.toFixed(2) }),
    yearlyRent: t.field({ type: 'Decimal', description: 'yuan a year', resolve: (space) => space.yearlyRent.toFixed(2) }),
    startsOn: t.expose('startsOn', { type: 'Date' }),
    givenUpOn: t.expose('givenUpOn', { type: 'Date', nullable: true, description: '退租 date' }),
  }),
});

builder.prismaObjectFields(OrganizationRef, (t) => ({
  rentedSpaces: t.relatedConnection('rentedSpaces', {
    cursor: 'id',
    totalCount: true,
    authScopes: unitReaders,
    query: { orderBy: [{ startsOn: 'desc' }, { id: 'asc' }] },
  }),
}));

const rentedSpaceOrder = orderEnum('RentedSpaceOrder', {
  STARTS_ON_DESC: [{ startsOn: 'desc' }, { id: 'asc' }],
  YEARLY_RENT_DESC: [{ yearlyRent: 'desc' }, { id: 'asc' }],
  AREA_DESC: [{ area: 'desc' }, { id: 'asc' }],
} satisfies Record<string, Prisma.RentedSpaceOrderByWithRelationInput[]>);

const RentedSpaceFilter = builder.inputType('RentedSpaceFilter', {
  fields: (t) => ({
    organizationId: t.id(),
    current: t.boolean({ description: 'true: still rented; false: given up' }),
  }),
});

function rentedSpaceWhere(filter: typeof RentedSpaceFilter.$inferInput | null | undefined): Prisma.RentedSpaceWhereInput {
  return {
    ...(filter?.organizationId ? { organizationId: filter.organizationId } : {}),
    ...(filter?.current === true ? { givenUpOn: null } : filter?.current === false ? { givenUpOn: { not: null } } : {}),
  };
}

builder.queryFields((t) => ({
  rentedSpaces: t.prismaConnection({
    type: 'RentedSpace',
    cursor: 'id',
    authScopes: readers,
    args: { filter: t.arg({ type: RentedSpaceFilter }), orderBy: t.arg({ type: rentedSpaceOrder.ref, defaultValue: rentedSpaceOrder.defaultValue }) },
    resolve: (query, _root, { filter, orderBy }, context) =>
      prisma.rentedSpace.findMany({
        ...query,
        where: { AND: [visibleRentedSpaces(requireViewer(context)), rentedSpaceWhere(filter)] },
        orderBy: rentedSpaceOrder.orderBy(orderBy),
      }),
    totalCount: (_connection, { filter }, context) =>
      prisma.rentedSpace.count({ where: { AND: [visibleRentedSpaces(requireViewer(context)), rentedSpaceWhere(filter)] } }),
  }),
}));

const CreateRentedSpaceInput = builder.inputType('CreateRentedSpaceInput', {
  fields: (t) => ({
    organizationId: t.id({ required: true, description: 'The unit housed there' }),
    address: t.string({ required: true, validate: text(200) }),
    landlord: t.string({ required: true, validate: text(200) }),
    area: t.field({ type: 'Decimal', required: true, validate: positiveAmount, description: 'm²' }),
    yearlyRent: t.field({ type: 'Decimal', required: true, validate: positiveAmount, description: 'yuan a year' }),
    startsOn: t.field({ type: 'Date', required: true }),
  }),
});

builder.mutationFields((t) => ({
  createRentedSpace: t.prismaField({
    type: 'RentedSpace',
    authScopes: writers,
    args: { input: t.arg({ type: CreateRentedSpaceInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const space = await createRentedSpace(requireViewer(context), input);
      return prisma.rentedSpace.findUniqueOrThrow({ ...query, where: { id: space.id } });
    },
  }),
  giveUpRentedSpace: t.prismaField({
    type: 'RentedSpace',
    authScopes: writers,
    description: 'Gives rented-in space up (退租); its yearly rent counts as saved from that year',
    args: { id: t.arg.id({ required: true }), givenUpOn: t.arg({ type: 'Date', required: true }) },
    resolve: async (query, _root, { id, givenUpOn }, context) => {
      const space = await giveUpRentedSpace(requireViewer(context), id, givenUpOn);
      return prisma.rentedSpace.findUniqueOrThrow({ ...query, where: { id: space.id } });
    },
  }),
}));
