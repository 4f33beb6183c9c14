import { i18n, requestGraphQL, shanghaiDateTime, useTransitionDialog } from '@jiguan/kit';
import type { RepairCategory, WorkOrderPriority } from '../../../generated/graphql';
import { optionalText, optionalValue } from '../common/form-values';
import { submitWorkOrderMutation } from './work-order-mutations';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

export interface SubmitWorkOrderForm {
  /** The requesting unit: staff name it; a unit user files for its own (left empty). */
  organizationId: string | undefined;
  buildingId: string | undefined;
  roomId: string | undefined;
  /** Where in the building, when no room fits (走廊、卫生间 …). */
  location: string;
  category: RepairCategory | undefined;
  description: string;
  priority: WorkOrderPriority;
}

/** The mutation's input from the form: an empty room, place or unit sent as none, the texts trimmed. */
export function submitWorkOrderInput(form: SubmitWorkOrderForm) {
  return {
    organizationId: optionalValue(form.organizationId),
    buildingId: form.buildingId ?? '',
    roomId: optionalValue(form.roomId),
    location: optionalText(form.location),
    category: form.category ?? 'OTHER',
    description: form.description.trim(),
    priority: form.priority,
  };
}

/** 报修: a unit user for its own unit, services staff for the unit they name. */
export function useSubmitWorkOrder(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (): SubmitWorkOrderForm => ({ organizationId: undefined, buildingId: undefined, roomId: undefined, location: '', category: undefined, description: '', priority: 'NORMAL' }),
    send: async (_target: object, form) => (await requestGraphQL(submitWorkOrderMutation, { input: submitWorkOrderInput(form) })).submitWorkOrder,
    doneText: (_target, order) => t('services.repairs.done.submitted', { dueAt: shanghaiDateTime(order.dueAt) }),
    onChanged,
  });
}
