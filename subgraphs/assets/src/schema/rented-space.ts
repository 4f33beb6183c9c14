import { actingAs } from '@jiguan/shared-schema/context';
import { actionEnum, ALLOWED_ACTIONS_DESCRIPTION, allowedActions } from '@jiguan/shared-schema/schema/allowed-actions';
import { decimalColumn } from '@jiguan/shared-schema/schema/decimal-column';
import { orderEnum } from '@jiguan/shared-schema/schema/order-enum';
import { positiveAmount, text } from '@jiguan/shared-schema/validation/input-rules';
import type { Prisma } from '../../prisma/generated/client.ts';
import { createRentedSpace } from '../actions/create-rented-space.ts';
import { giveUpRentedSpace } from '../actions/give-up-rented-space.ts';
import { builder } from '../builder.ts';
import { assetsAccess } from '../domain/access.ts';
import { rentedSpaceMachine } from '../domain/rented-space.ts';
import { OrganizationRef } from './organization.ts';

const RentedSpaceActionEnum = actionEnum(builder, 'RentedSpaceAction', rentedSpaceMachine);

builder.prismaObject('RentedSpace', {
  description: 'Office space the district rents in for a unit (租赁用房); giving it up saves its rent',
  fields: (t) => ({
    id: t.exposeID('id'),
    organization: t.relation('organization'),
    address: t.exposeString('address'),
    landlord: t.exposeString('landlord'),
    area: t.field({ type: 'Decimal', description: 'm²', resolve: decimalColumn('area') }),
    yearlyRent: t.field({ type: 'Decimal', description: 'yuan a year', resolve: decimalColumn('yearlyRent') }),
    startsOn: t.expose('startsOn', { type: 'Date' }),
    givenUpOn: t.expose('givenUpOn', { type: 'Date', nullable: true, description: '退租 date' }),
    allowedActions: t.field({
      type: [RentedSpaceActionEnum],
      description: ALLOWED_ACTIONS_DESCRIPTION,
      resolve: (space, _args, context) => allowedActions(rentedSpaceMachine, context.viewer, space),
    }),
  }),
});

builder.prismaObjectFields(OrganizationRef, (t) => ({
  rentedSpaces: t.relatedConnection('rentedSpaces', {
    nullable: true,
    cursor: 'id',
    totalCount: true,
    authScopes: assetsAccess.readUnit,
    query: { orderBy: [{ startsOn: 'desc' }, { id: 'asc' }] },
  }),
}));

const rentedSpaceOrder = orderEnum(builder, 'RentedSpaceOrder', {
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
    authScopes: assetsAccess.read,
    args: { filter: t.arg({ type: RentedSpaceFilter }), orderBy: t.arg({ type: rentedSpaceOrder.ref, defaultValue: rentedSpaceOrder.defaultValue }) },
    resolve: (query, _root, { filter, orderBy }, context) =>
      context.db.rentedSpace.findMany({ ...query, where: rentedSpaceWhere(filter), orderBy: rentedSpaceOrder.orderBy(orderBy) }),
    totalCount: (_connection, { filter }, context) => context.db.rentedSpace.count({ where: rentedSpaceWhere(filter) }),
  }),
}));

export const CreateRentedSpaceInput = builder.inputType('CreateRentedSpaceInput', {
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
    authScopes: assetsAccess.write,
    args: { input: t.arg({ type: CreateRentedSpaceInput, required: true }) },
    resolve: (query, _root, { input }, context) => createRentedSpace(actingAs(context), input, query),
  }),
  giveUpRentedSpace: t.prismaField({
    type: 'RentedSpace',
    authScopes: { anyRole: rentedSpaceMachine.rolesFor('giveUp') },
    description: 'Gives rented-in space up (退租); its yearly rent counts as saved from that year',
    args: { id: t.arg.id({ required: true }), givenUpOn: t.arg({ type: 'Date', required: true }) },
    resolve: (query, _root, args, context) => giveUpRentedSpace(actingAs(context), args, query),
  }),
}));
