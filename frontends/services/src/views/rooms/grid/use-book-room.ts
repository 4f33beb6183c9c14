import { GraphQLRequestError, i18n, minuteOfClock, requestGraphQL, shanghaiClock, shanghaiDateTime, shanghaiInstant, useTransitionDialog } from '@jiguan/kit';
import type { CreateRoomBookingInput, RoomBookingFrequency } from '../../../generated/graphql';
import { createRoomBookingMutation } from './create-room-booking-mutation';
import type { BookingSlot } from './room-grid';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

/**
 * The booking form. Its keys are the input's field names where the server names a field
 * (`startsAt`, `endsAt`, `attendees`, `count` of the recurrence), so a refusal lands on its field.
 */
export interface BookingForm {
  day: string;
  /** `HH:mm`, local. */
  startsAt: string;
  endsAt: string;
  attendees: number | undefined;
  purpose: string;
  needs: string;
  /** The organiser's unit: services staff name it, a unit user books for its own. */
  organizationId: string | undefined;
  /** Empty: one meeting. */
  frequency: RoomBookingFrequency | '';
  /** Meetings in the series, the first included. */
  count: number;
}

export function bookingForm(slot: BookingSlot): BookingForm {
  return { day: slot.day, startsAt: slot.startsAt, endsAt: slot.endsAt, attendees: undefined, purpose: '', needs: '', organizationId: undefined, frequency: '', count: 4 };
}

/** The mutation's input: local times as instants, the recurrence only for a series, no empty texts. */
export function bookingInput(slot: BookingSlot, form: BookingForm): CreateRoomBookingInput {
  const needs = form.needs.trim();
  return {
    meetingRoomId: slot.room.id,
    organizationId: form.organizationId || undefined,
    startsAt: shanghaiInstant(form.day, minuteOfClock(form.startsAt) ?? 0),
    endsAt: shanghaiInstant(form.day, minuteOfClock(form.endsAt) ?? 0),
    attendees: form.attendees ?? 0,
    purpose: form.purpose.trim(),
    needs: needs || undefined,
    recurrence: form.frequency ? { frequency: form.frequency, count: form.count } : undefined,
  };
}

/**
 * A clash is a CONFLICT naming no field; the form shows it on the start time, with the clashing
 * booking's times in Shanghai (the server names them in UTC).
 */
export function overlapOnStart(error: GraphQLRequestError): GraphQLRequestError {
  if (error.reason !== 'BOOKING_OVERLAP') return error;
  const { startsAt, endsAt } = error.params;
  if (typeof startsAt !== 'string' || typeof endsAt !== 'string') return new GraphQLRequestError(error.code, error.message, { field: 'startsAt' });
  return new GraphQLRequestError(error.code, error.message, {
    field: 'startsAt',
    reason: error.reason,
    params: { ...error.params, startsAt: shanghaiDateTime(startsAt), endsAt: shanghaiClock(endsAt) },
  });
}

/** Books the room of a free slot; `onChanged` reloads the grid (also after a clash, which shows the slot taken). */
export function useBookRoom(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: bookingForm,
    send: async (slot: BookingSlot, form: BookingForm) => {
      try {
        return (await requestGraphQL(createRoomBookingMutation, { input: bookingInput(slot, form) })).createRoomBooking;
      } catch (error) {
        throw error instanceof GraphQLRequestError ? overlapOnStart(error) : error;
      }
    },
    doneText: (slot, booking) =>
      t(booking.status === 'REQUESTED' ? 'services.rooms.booking.requested' : 'services.rooms.booking.booked', {
        room: slot.room.name,
        time: `${shanghaiDateTime(booking.startsAt)}–${shanghaiClock(booking.endsAt)}`,
      }),
    onChanged,
  });
}
