import { i18n, requestGraphQL, todayIso, useTransitionDialog } from '@jiguan/kit';
import type { EnergyType, RequestVehiclePurchaseInput, VehicleKind } from '../../../generated/graphql';
import { requestVehiclePurchaseMutation } from './vehicle-purchase-mutations';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

/** The purchase request's form; its keys are the input's field names. */
export interface VehiclePurchaseForm {
  organizationId: string | undefined;
  vehicleKind: VehicleKind | undefined;
  energyType: EnergyType | undefined;
  quantity: number;
  /** Yuan, for all of them. */
  budget: string;
  reason: string;
  requestedOn: string;
}

export const emptyVehiclePurchaseForm = (): VehiclePurchaseForm => ({
  organizationId: undefined,
  vehicleKind: undefined,
  energyType: undefined,
  quantity: 1,
  budget: '',
  reason: '',
  requestedOn: todayIso(),
});

export function vehiclePurchaseInput(form: VehiclePurchaseForm): RequestVehiclePurchaseInput {
  return {
    organizationId: form.organizationId ?? '',
    vehicleKind: form.vehicleKind ?? 'SEDAN',
    energyType: form.energyType ?? 'BATTERY_ELECTRIC',
    quantity: form.quantity,
    budget: form.budget.replaceAll(',', '').trim(),
    reason: form.reason.trim(),
    requestedOn: form.requestedOn,
  };
}

/** 车辆配备申请: a unit's request to buy vehicles, decided by staff; `onChanged` reloads the requests. */
export function useRequestVehiclePurchase(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: emptyVehiclePurchaseForm,
    comment: () => ({
      prop: 'reason',
      label: t('assets.operationForms.purchase.reason'),
      required: true,
      requiredMessage: t('assets.rule.reasonRequired'),
      placeholder: t('assets.operationForms.purchase.reasonPlaceholder'),
    }),
    send: async (_target: object, form: VehiclePurchaseForm) => (await requestGraphQL(requestVehiclePurchaseMutation, { input: vehiclePurchaseInput(form) })).requestVehiclePurchase,
    doneText: (_target, request) => t('assets.operationForms.purchase.requested', { unit: request.organization.name, quantity: request.quantity }),
    onChanged,
  });
}
