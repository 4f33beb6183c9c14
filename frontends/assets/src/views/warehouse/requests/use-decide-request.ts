import { formatDecimal, i18n, useTransitionDialog } from '@jiguan/kit';
import type { WarehouseRequestAction } from '../../../generated/graphql';
import { warehouseRequestDecisions } from './decide-request-mutations';
import type { WarehouseRequestRow } from './warehouse-requests-query';

export interface RequestDecision {
  request: WarehouseRequestRow;
  action: WarehouseRequestAction;
}

/**
 * Approves (the pieces are issued and the saving recorded) or rejects (they are freed) a pending
 * request. A refusal, e.g. a CONFLICT when another officer decided first, stays in the dialog;
 * `onChanged` reloads the list, also after that CONFLICT.
 */
export function useDecideRequest(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: () => ({ reason: '' }),
    comment: ({ action }: RequestDecision) => {
      const required = warehouseRequestDecisions[action].reasonRequired;
      return {
        prop: 'reason',
        label: i18n.global.t(required ? 'assets.requests.dialog.reasonRequired' : 'assets.requests.dialog.reasonOptional'),
        required,
        requiredMessage: i18n.global.t('assets.rule.reasonRequired'),
      };
    },
    send: async ({ request, action }, form) => (await warehouseRequestDecisions[action].send(request.id, form.reason.trim())).decided,
    doneText: ({ action }, decided) =>
      action === 'APPROVE'
        ? i18n.global.t('assets.requests.approved', { savings: formatDecimal(decided.issue?.savings ?? '0') })
        : i18n.global.t('assets.requests.rejected'),
    onChanged,
  });
}
