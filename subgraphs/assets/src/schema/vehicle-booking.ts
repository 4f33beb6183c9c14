import { requireViewer } from '@jiguan/shared-schema/context';
import type { Prisma } from '../../prisma/generated/client.ts';
import { bookVehicle } from '../actions/book-vehicle.ts';
import { cancelVehicleBooking } from '../actions/cancel-vehicle-booking.ts';
import { builder } from '../builder.ts';
import { prisma } from '../db.ts';
import { visibleBookings } from '../domain/visibility.ts';
import { readers, unitReaders, writers } from './auth-scopes.ts';
import { BookingStatusEnum } from './enums.ts';
import { text } from './input-rules.ts';
import { orderEnum } from './order-enum.ts';
import { OrganizationRef } from './organization.ts';
import { VehicleRef } from './vehicle.ts';

builder.prismaObject('VehicleBooking', {
  description: 'A time-share rental (分时租赁) of a pool vehicle by a unit; live bookings of a vehicle never overlap',
  fields: (t) => ({
    id: t.exposeID('id'),
    vehicle: t.relation('vehicle'),
    organization: t.relation('organization', { description: 'The renting unit' }),
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    endsAt: t.expose('endsAt', { type: 'DateTime' }),
    purpose: t.exposeString('purpose'),
    status: t.expose('status', { type: BookingStatusEnum }),
  }),
});

builder.prismaObjectFields(VehicleRef, (t) => ({
  bookings: t.relatedConnection('bookings', {
    cursor: 'id',
    totalCount: true,
    query: (_args, context) => ({ where: visibleBookings(requireViewer(context)), orderBy: [{ startsAt: 'desc' }, { id: 'asc' }] }),
  }),
}));

builder.prismaObjectFields(OrganizationRef, (t) => ({
  vehicleBookings: t.relatedConnection('vehicleBookings', {
    cursor: 'id',
    totalCount: true,
    authScopes: unitReaders,
    description: 'Time-share rentals by this unit',
    query: { orderBy: [{ startsAt: 'desc' }, { id: 'asc' }] },
  }),
}));

const bookingOrder = orderEnum('VehicleBookingOrder', {
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
    authScopes: readers,
    args: { filter: t.arg({ type: VehicleBookingFilter }), orderBy: t.arg({ type: bookingOrder.ref, defaultValue: bookingOrder.defaultValue }) },
    resolve: (query, _root, { filter, orderBy }, context) =>
      prisma.vehicleBooking.findMany({
        ...query,
        where: { AND: [visibleBookings(requireViewer(context)), bookingWhere(filter)] },
        orderBy: bookingOrder.orderBy(orderBy),
      }),
    totalCount: (_connection, { filter }, context) =>
      prisma.vehicleBooking.count({ where: { AND: [visibleBookings(requireViewer(context)), bookingWhere(filter)] } }),
  }),
}));

const BookVehicleInput = builder.inputType('BookVehicleInput', {
  fields: (t) => ({
    vehicleId: t.id({ required: true }),
    organizationId: t.id({ required: true, description: 'The renting unit' }),
    startsAt: t.field({ type: 'DateTime', required: true }),
    endsAt: t.field({ type: 'DateTime', required: true }),
    purpose: t.string({ required: true, validate: text(200) }),
  }),
});

const reload = (query: object, id: string) => prisma.vehicleBooking.findUniqueOrThrow({ ...query, where: { id } });

builder.mutationFields((t) => ({
  bookVehicle: t.prismaField({
    type: 'VehicleBooking',
    authScopes: writers,
    description: 'Books a pool vehicle for a unit; CONFLICT when the window overlaps a live booking',
    args: { input: t.arg({ type: BookVehicleInput, required: true }) },
    resolve: async (query, _root, { input }, context) => reload(query, (await bookVehicle(requireViewer(context), input)).id),
  }),
  cancelVehicleBooking: t.prismaField({
    type: 'VehicleBooking',
    authScopes: writers,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, context) => reload(query, (await cancelVehicleBooking(requireViewer(context), id)).id),
  }),
}));
