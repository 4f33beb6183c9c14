import { i18n, requestGraphQL, useTransitionDialog } from '@jiguan/kit';
import type { WorkOrderAction } from '../../../generated/graphql';
import { optionalText } from '../common/form-values';
import { assignWorkOrderMutation, plainStepMutations, rateWorkOrderMutation } from './work-order-mutations';
import type { WorkOrderRow } from './work-orders-query';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

export interface WorkOrderStepTarget {
  order: WorkOrderRow;
  action: WorkOrderAction;
}

export interface WorkOrderStepForm {
  /** ASSIGN: the provider's name as the work order keeps it, and the worker sent. */
  providerName: string;
  workerName: string;
  /** RATE: 1–5 stars and a comment. */
  rating: number;
  comment: string;
}

/** ASSIGN's input: the names trimmed. */
export const assignInput = (order: WorkOrderRow, form: WorkOrderStepForm) => ({ id: order.id, providerName: form.providerName.trim(), workerName: form.workerName.trim() });

/** RATE's input: the stars, and the comment unless it is empty. */
export const rateInput = (order: WorkOrderRow, form: WorkOrderStepForm) => ({ id: order.id, rating: form.rating, comment: optionalText(form.comment) });

/**
 * Takes one step of a work order: the buttons are its `allowedActions`. ASSIGN asks for the provider
 * and the worker, RATE for the stars and a comment; the others only confirm. A refusal
 * (REOPEN_WINDOW_PASSED, a CONFLICT when the order moved meanwhile) stays in the dialog.
 */
export function useWorkOrderStep(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: ({ order }: WorkOrderStepTarget): WorkOrderStepForm => ({ providerName: order.providerName ?? '', workerName: order.workerName ?? '', rating: 5, comment: '' }),
    send: async ({ order, action }, form) => {
      if (action === 'ASSIGN') return (await requestGraphQL(assignWorkOrderMutation, { input: assignInput(order, form) })).moved;
      if (action === 'RATE') return (await requestGraphQL(rateWorkOrderMutation, { input: rateInput(order, form) })).moved;
      return (await requestGraphQL(plainStepMutations[action], { input: { id: order.id } })).moved;
    },
    doneText: ({ action }) => t(`services.repairs.done.${action}`),
    onChanged,
  });
}
