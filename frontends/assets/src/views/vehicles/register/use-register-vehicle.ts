import { GraphQLRequestError, i18n, requestGraphQL, todayIso, useTransitionDialog } from '@jiguan/kit';
import type { EnergyType, RegisterVehicleInput, VehicleKind } from '../../../generated/graphql';
import { registerVehicleMutation } from './register-vehicle-mutation';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

/** The register form; its keys are the input's field names, so a refusal lands on its field. */
export interface VehicleForm {
  plateNumber: string;
  organizationId: string | undefined;
  kind: VehicleKind | undefined;
  energyType: EnergyType | undefined;
  model: string;
  purchasedOn: string;
  /** Yuan. */
  purchasePrice: string;
  timeShare: boolean;
}

export const emptyVehicleForm = (): VehicleForm => ({
  plateNumber: '',
  organizationId: undefined,
  kind: undefined,
  energyType: undefined,
  model: '',
  purchasedOn: todayIso(),
  purchasePrice: '',
  timeShare: false,
});

export function vehicleInput(form: VehicleForm): RegisterVehicleInput {
  return {
    plateNumber: form.plateNumber.trim().toUpperCase(),
    organizationId: form.organizationId ?? '',
    kind: form.kind ?? 'SEDAN',
    energyType: form.energyType ?? 'FUEL',
    model: form.model.trim(),
    purchasedOn: form.purchasedOn,
    purchasePrice: form.purchasePrice.replaceAll(',', '').trim(),
    timeShare: form.timeShare,
  };
}

/** A plate already registered is a CONFLICT naming no field: the form shows it on the plate. */
function duplicateOnPlate(error: GraphQLRequestError): GraphQLRequestError {
  return error.reason === 'DUPLICATE_PLATE' ? new GraphQLRequestError(error.code, error.message, { field: 'plateNumber', reason: error.reason, params: error.params }) : error;
}

/** 登记车辆: an official vehicle on the register, in the time-share pool if it is an enforcement vehicle; `onChanged` reloads the list. */
export function useRegisterVehicle(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: emptyVehicleForm,
    send: async (_target: object, form: VehicleForm) => {
      try {
        return (await requestGraphQL(registerVehicleMutation, { input: vehicleInput(form) })).registerVehicle;
      } catch (error) {
        throw error instanceof GraphQLRequestError ? duplicateOnPlate(error) : error;
      }
    },
    doneText: (_target, vehicle) => t('assets.operationForms.vehicle.registered', { plateNumber: vehicle.plateNumber, model: vehicle.model }),
    onChanged,
  });
}
