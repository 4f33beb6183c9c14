import { i18n, requestGraphQL, useTransitionDialog } from '@jiguan/kit';
import type { VehiclePurchaseApprovalAction } from '../../../generated/graphql';
import { approveVehiclePurchaseMutation, rejectVehiclePurchaseMutation } from './vehicle-purchase-mutations';
import type { VehiclePurchaseRow } from './vehicle-purchases-query';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

export interface VehiclePurchaseStep {
  purchase: VehiclePurchaseRow;
  action: VehiclePurchaseApprovalAction;
}

/**
 * 审核: approve (an opinion may be given) or reject (the reason is required) a purchase request;
 * `onChanged` reloads the list, also after a CONFLICT (decided meanwhile).
 */
export function useVehiclePurchaseStep(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: () => ({ reason: '' }),
    comment: ({ action }: VehiclePurchaseStep) => ({
      prop: 'reason',
      label: t(action === 'REJECT' ? 'assets.operationForms.purchase.rejectReason' : 'assets.operationForms.purchase.approveReason'),
      required: action === 'REJECT',
      requiredMessage: t('assets.rule.reasonRequired'),
    }),
    send: async ({ purchase, action }: VehiclePurchaseStep, form) => {
      const reason = form.reason.trim();
      return action === 'APPROVE'
        ? (await requestGraphQL(approveVehiclePurchaseMutation, { id: purchase.id, reason: reason || undefined })).approveVehiclePurchase
        : (await requestGraphQL(rejectVehiclePurchaseMutation, { id: purchase.id, reason })).rejectVehiclePurchase;
    },
    doneText: ({ purchase, action }) => t(`assets.operationForms.purchase.done.${action}`, { unit: purchase.organization.name }),
    onChanged,
  });
}
