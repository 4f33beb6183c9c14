import { i18n, requestGraphQL, todayIso, useTransitionDialog } from '@jiguan/kit';
import type { RecordFuelTopUpInput, RecordServiceInput, RecordTripInput, ServiceKind } from '../../../generated/graphql';
import { recordFuelTopUpMutation, recordServiceMutation, recordTripMutation } from './vehicle-record-mutations';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);
const amount = (value: string) => value.replaceAll(',', '').trim();

/** The vehicle a record is of. */
export interface VehicleTarget {
  id: string;
  plateNumber: string;
}

/*
 * The use of a vehicle, recorded by the assets staff: a fuel card top-up, a trip, a service. Each
 * form's keys are the input's field names (a refusal of `vehicleId` — an electric car has no fuel
 * card — is shown above the form); `onChanged` reloads the vehicle's records.
 */

export interface FuelTopUpForm {
  cardNumber: string;
  toppedUpOn: string;
  amount: string;
}

export const fuelTopUpInput = (vehicle: VehicleTarget, form: FuelTopUpForm): RecordFuelTopUpInput => ({
  vehicleId: vehicle.id,
  cardNumber: form.cardNumber.trim(),
  toppedUpOn: form.toppedUpOn,
  amount: amount(form.amount),
});

export function useRecordFuelTopUp(onChanged: (vehicle: VehicleTarget) => void) {
  return useTransitionDialog({
    emptyForm: (): FuelTopUpForm => ({ cardNumber: '', toppedUpOn: todayIso(), amount: '' }),
    send: async (vehicle: VehicleTarget, form: FuelTopUpForm) => (await requestGraphQL(recordFuelTopUpMutation, { input: fuelTopUpInput(vehicle, form) })).recordFuelTopUp,
    doneText: (vehicle) => t('assets.operationForms.records.fuelDone', { plateNumber: vehicle.plateNumber }),
    onChanged,
  });
}

export interface TripForm {
  tripDate: string;
  /** Km, one decimal. */
  distanceKm: string;
  purpose: string;
  driver: string;
}

export const tripInput = (vehicle: VehicleTarget, form: TripForm): RecordTripInput => ({
  vehicleId: vehicle.id,
  tripDate: form.tripDate,
  distanceKm: amount(form.distanceKm),
  purpose: form.purpose.trim(),
  driver: form.driver.trim(),
});

export function useRecordTrip(onChanged: (vehicle: VehicleTarget) => void) {
  return useTransitionDialog({
    emptyForm: (): TripForm => ({ tripDate: todayIso(), distanceKm: '', purpose: '', driver: '' }),
    send: async (vehicle: VehicleTarget, form: TripForm) => (await requestGraphQL(recordTripMutation, { input: tripInput(vehicle, form) })).recordTrip,
    doneText: (vehicle) => t('assets.operationForms.records.tripDone', { plateNumber: vehicle.plateNumber }),
    onChanged,
  });
}

export interface ServiceForm {
  servicedOn: string;
  kind: ServiceKind | undefined;
  /** Yuan. */
  cost: string;
  workshop: string;
  description: string;
}

export const serviceInput = (vehicle: VehicleTarget, form: ServiceForm): RecordServiceInput => ({
  vehicleId: vehicle.id,
  servicedOn: form.servicedOn,
  kind: form.kind ?? 'MAINTENANCE',
  cost: amount(form.cost),
  workshop: form.workshop.trim(),
  description: form.description.trim(),
});

export function useRecordService(onChanged: (vehicle: VehicleTarget) => void) {
  return useTransitionDialog({
    emptyForm: (): ServiceForm => ({ servicedOn: todayIso(), kind: undefined, cost: '', workshop: '', description: '' }),
    comment: () => ({
      prop: 'description',
      label: t('assets.operationForms.records.description'),
      required: true,
      requiredMessage: t('assets.operationForms.rule.required'),
    }),
    send: async (vehicle: VehicleTarget, form: ServiceForm) => (await requestGraphQL(recordServiceMutation, { input: serviceInput(vehicle, form) })).recordService,
    doneText: (vehicle) => t('assets.operationForms.records.serviceDone', { plateNumber: vehicle.plateNumber }),
    onChanged,
  });
}
