import { actingAs } from '@jiguan/shared-schema/context';
import { actionEnum, ALLOWED_ACTIONS_DESCRIPTION, allowedActions } from '@jiguan/shared-schema/schema/allowed-actions';
import { orderEnum } from '@jiguan/shared-schema/schema/order-enum';
import { domainRule } from '@jiguan/shared-schema/validation/domain-rule';
import { text } from '@jiguan/shared-schema/validation/input-rules';
import type { Prisma } from '../../prisma/generated/client.ts';
import { bookVehicle } from '../actions/book-vehicle.ts';
import { cancelVehicleBooking } from '../actions/cancel-vehicle-booking.ts';
import { builder } from '../builder.ts';
import { assetsAccess } from '../domain/access.ts';
import { bookingWindowProblem, vehicleBookingMachine } from '../domain/vehicle-booking.ts';
import { BookingStatusEnum } from './enums.ts';
import { OrganizationRef } from './organization.ts';
import { VehicleRef } from './vehicle.ts';

const VehicleBookingActionEnum = actionEnum(builder, 'VehicleBookingAction', vehicleBookingMachine);

builder.prismaObject('VehicleBooking', {
  description: 'A time-share rental (分时租赁) of a pool vehicle by a unit; live bookings of a vehicle never overlap',
  fields: (t) => ({
    id: t.exposeID('id'),
    vehicle: t.relation('vehicle', { nullable: true, description: 'The pool vehicle; null when it belongs to a unit outside the viewer’s scope' }),
    organization: t.relation('organization', { description: 'The renting unit' }),
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    endsAt: t.expose('endsAt', { type: 'DateTime' }),
    purpose: t.exposeString('purpose'),
    status: t.expose('status', { type: BookingStatusEnum }),
    allowedActions: t.field({
      type: [VehicleBookingActionEnum],
      description: ALLOWED_ACTIONS_DESCRIPTION,
      resolve: (booking, _args, context) => allowedActions(vehicleBookingMachine, context.viewer, booking),
    }),
  }),
});

builder.prismaObjectFields(VehicleRef, (t) => ({
  bookings: t.relatedConnection('bookings', {
    cursor: 'id',
    totalCount: true,
    query: { orderBy: [{ startsAt: 'desc' }, { id: 'asc' }] },
  }),
}));

builder.prismaObjectFields(OrganizationRef, (t) => ({
  vehicleBookings: t.relatedConnection('vehicleBookings', {
    nullable: true,
    cursor: 'id',
    totalCount: true,
    authScopes: assetsAccess.readUnit,
    description: 'Time-share rentals by this unit',
    query: { orderBy: [{ startsAt: 'desc' }, { id: 'asc' }] },
  }),
}));

const bookingOrder = orderEnum(builder, 'VehicleBookingOrder', {
  STARTS_AT: [{ startsAt: 'asc' }, { id: 'asc' }],
  STARTS_AT_DESC: [{ startsAt: 'desc' }, { id: 'asc' }],
} satisfies Record<string, Prisma.VehicleBookingOrderByWithRelationInput[]>);

const VehicleBookingFilter = builder.inputType('VehicleBookingFilter', {
  fields: (t) => ({
    vehicleId: t.id(),
    organizationId: t.id(),
    status: t.field({ type: BookingStatusEnum }),
    from: t.field({ type: 'DateTime', description: 'Bookings still running at or after this instant' }),
    to: t.field({ type: 'DateTime', description: 'Bookings starting before this instant' }),
  }),
});

function bookingWhere(filter: typeof VehicleBookingFilter.$inferInput | null | undefined): Prisma.VehicleBookingWhereInput {
  return {
    ...(filter?.vehicleId ? { vehicleId: filter.vehicleId } : {}),
    ...(filter?.organizationId ? { organizationId: filter.organizationId } : {}),
    ...(filter?.status ? { status: filter.status } : {}),
    ...(filter?.from ? { endsAt: { gt: filter.from } } : {}),
    ...(filter?.to ? { startsAt: { lt: filter.to } } : {}),
  };
}

builder.queryFields((t) => ({
  vehicleBookings: t.prismaConnection({
    type: 'VehicleBooking',
    cursor: 'id',
    authScopes: assetsAccess.read,
    args: { filter: t.arg({ type: VehicleBookingFilter }), orderBy: t.arg({ type: bookingOrder.ref, defaultValue: bookingOrder.defaultValue }) },
    resolve: (query, _root, { filter, orderBy }, context) =>
      context.db.vehicleBooking.findMany({ ...query, where: bookingWhere(filter), orderBy: bookingOrder.orderBy(orderBy) }),
    totalCount: (_connection, { filter }, context) => context.db.vehicleBooking.count({ where: bookingWhere(filter) }),
  }),
}));

export const BookVehicleInput = builder.inputType('BookVehicleInput', {
  validate: domainRule(bookingWindowProblem),
  fields: (t) => ({
    vehicleId: t.id({ required: true }),
    organizationId: t.id({ required: true, description: 'The renting unit' }),
    startsAt: t.field({ type: 'DateTime', required: true }),
    endsAt: t.field({ type: 'DateTime', required: true }),
    purpose: t.string({ required: true, validate: text(200) }),
  }),
});

builder.mutationFields((t) => ({
  bookVehicle: t.prismaField({
    type: 'VehicleBooking',
    authScopes: assetsAccess.write,
    description: 'Books a pool vehicle for a unit; CONFLICT (reason OVERLAP) when the window overlaps a live booking',
    args: { input: t.arg({ type: BookVehicleInput, required: true }) },
    resolve: (query, _root, { input }, context) => bookVehicle(actingAs(context), input, query),
  }),
  cancelVehicleBooking: t.prismaField({
    type: 'VehicleBooking',
    authScopes: { anyRole: vehicleBookingMachine.rolesFor('cancel') },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) => cancelVehicleBooking(actingAs(context), args, query),
  }),
}));
