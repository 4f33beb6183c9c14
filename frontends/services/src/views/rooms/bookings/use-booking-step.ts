import { i18n, useTransitionDialog } from '@jiguan/kit';
import type { RoomBookingAction } from '../../../generated/graphql';
import { type BookingDecision, type BookingPlainStep, isDecision, roomBookingDecisions, roomBookingPlainSteps } from './booking-step-mutations';
import type { RoomBookingRow } from './room-bookings-query';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

export interface BookingStep<TAction extends RoomBookingAction> {
  booking: RoomBookingRow;
  action: TAction;
}

/** Approves or rejects a REQUESTED booking, with the note the unit reads. */
export function useDecideBooking(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (_step: BookingStep<BookingDecision>) => ({ note: '' }),
    comment: ({ action }) => {
      const required = roomBookingDecisions[action].noteRequired;
      return {
        prop: 'note',
        label: t(required ? 'services.rooms.step.noteRequired' : 'services.rooms.step.noteOptional'),
        required,
        requiredMessage: t('services.rooms.rule.rejectReasonRequired'),
      };
    },
    send: async ({ booking, action }, form) => (await roomBookingDecisions[action].send(booking.id, form.note.trim())).stepped,
    doneText: ({ booking, action }) => t(`services.rooms.step.done.${action}`, { purpose: booking.purpose }),
    onChanged,
  });
}

/** Checks in to, completes or cancels a booking, after a look at what it is. */
export function usePlainBookingStep(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (_step: BookingStep<BookingPlainStep>) => ({}),
    send: async ({ booking, action }) => (await roomBookingPlainSteps[action](booking.id)).stepped,
    doneText: ({ booking, action }) => t(`services.rooms.step.done.${action}`, { purpose: booking.purpose }),
    onChanged,
  });
}

/**
 * The dialogs of a bookings table: an allowed action opens the dialog of its kind. `onChanged`
 * reloads the list, also after a CONFLICT (the booking moved meanwhile).
 */
export function useBookingActions(onChanged: () => void) {
  const decide = useDecideBooking(onChanged);
  const step = usePlainBookingStep(onChanged);
  function take(action: RoomBookingAction, booking: RoomBookingRow): void {
    if (isDecision(action)) decide.open({ booking, action });
    else step.open({ booking, action });
  }
  return { decide, step, take };
}
