import { GraphQLRequestError, i18n, minuteOfClock, requestGraphQL, shanghaiClock, shanghaiDateTime, shanghaiInstant, useTransitionDialog } from '@jiguan/kit';
import type { BookVehicleInput } from '../../../generated/graphql';
import { bookVehicleMutation } from './vehicle-booking-mutations';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

/** The booking form; its keys are the input's field names, so a refusal lands on its field. */
export interface VehicleBookingForm {
  vehicleId: string | undefined;
  organizationId: string | undefined;
  /** `YYYY-MM-DD HH:mm`, Shanghai time. */
  startsAt: string;
  endsAt: string;
  purpose: string;
}

export const emptyVehicleBookingForm = (): VehicleBookingForm => ({ vehicleId: undefined, organizationId: undefined, startsAt: '', endsAt: '', purpose: '' });

/** A `YYYY-MM-DD HH:mm` of the bureau's clock as an instant. */
export function shanghaiMoment(text: string): string {
  const [day = '', clock] = text.split(' ');
  return shanghaiInstant(day, minuteOfClock(clock) ?? 0);
}

export function vehicleBookingInput(form: VehicleBookingForm): BookVehicleInput {
  return {
    vehicleId: form.vehicleId ?? '',
    organizationId: form.organizationId ?? '',
    startsAt: shanghaiMoment(form.startsAt),
    endsAt: shanghaiMoment(form.endsAt),
    purpose: form.purpose.trim(),
  };
}

/**
 * A clash is a CONFLICT naming no field: the form shows it on the start time, with the clashing
 * booking's times in Shanghai (the server names them in UTC).
 */
export function overlapOnStart(error: GraphQLRequestError): GraphQLRequestError {
  if (error.reason !== 'OVERLAP') return error;
  const { startsAt, endsAt } = error.params;
  const params = typeof startsAt === 'string' && typeof endsAt === 'string' ? { ...error.params, startsAt: shanghaiDateTime(startsAt), endsAt: shanghaiDateTime(endsAt) } : error.params;
  return new GraphQLRequestError(error.code, error.message, { field: 'startsAt', reason: error.reason, params });
}

/** 分时租赁预订: a pool vehicle for a unit; `onChanged` reloads the bookings (also after a clash, which shows the window taken). */
export function useBookVehicle(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: emptyVehicleBookingForm,
    send: async (_target: object, form: VehicleBookingForm) => {
      try {
        return (await requestGraphQL(bookVehicleMutation, { input: vehicleBookingInput(form) })).bookVehicle;
      } catch (error) {
        throw error instanceof GraphQLRequestError ? overlapOnStart(error) : error;
      }
    },
    doneText: (_target, booking) =>
      t('assets.operationForms.booking.done', { plateNumber: booking.vehicle?.plateNumber ?? '', time: `${shanghaiDateTime(booking.startsAt)}–${shanghaiClock(booking.endsAt)}` }),
    onChanged,
  });
}
