import { i18n, requestGraphQL, useTransitionDialog } from '@jiguan/kit';
import type { DisposalAction } from '../../../generated/graphql';
import { disposalMutations } from './disposal-mutations';
import type { DisposalRow } from './disposals-query';

export interface DisposalStepTarget {
  disposal: DisposalRow;
  action: DisposalAction;
}

/**
 * Takes one step of a disposal with its reason. A refusal (SELF_APPROVAL for deciding one's own
 * submission, a CONFLICT when the disposal moved meanwhile) stays in the dialog; `onChanged` reloads the list.
 */
export function useDisposalStep(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: () => ({ reason: '' }),
    comment: () => ({
      prop: 'reason',
      label: i18n.global.t('assets.disposals.dialog.reason'),
      required: true,
      requiredMessage: i18n.global.t('assets.rule.reasonRequired'),
    }),
    send: ({ disposal, action }: DisposalStepTarget, form) =>
      requestGraphQL(disposalMutations[action], { id: disposal.id, reason: form.reason.trim() }),
    doneText: ({ disposal, action }) => i18n.global.t(`assets.disposals.done.${action}`, { code: disposal.code }),
    onChanged,
  });
}
