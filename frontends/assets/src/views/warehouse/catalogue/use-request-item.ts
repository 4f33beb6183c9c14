import { i18n, requestGraphQL, useTransitionDialog } from '@jiguan/kit';
import { fileWarehouseRequestMutation } from './file-warehouse-request-mutation';
import type { WarehouseItemRow } from './warehouse-items-query';

export interface ItemRequestTarget {
  item: WarehouseItemRow;
  /** The unit user's own unit, the only one they request for. */
  unit: { id: string; name: string };
}

export interface RequestItemForm {
  quantity: number;
  reason: string;
}

/**
 * 调剂申请: pieces of an item for the unit user's own unit. A refusal is shown on the field the
 * server names (BAD_USER_INPUT) or above the form; after a CONFLICT (the pieces went to someone
 * else) `onChanged` reloads the catalogue, which was stale.
 */
export function useRequestItem(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (): RequestItemForm => ({ quantity: 1, reason: '' }),
    comment: () => ({
      prop: 'reason',
      label: i18n.global.t('assets.warehouse.request.reason'),
      required: true,
      requiredMessage: i18n.global.t('assets.rule.reasonRequired'),
      placeholder: i18n.global.t('assets.warehouse.request.reasonPlaceholder'),
    }),
    send: async ({ item, unit }: ItemRequestTarget, form) => {
      const input = { itemId: item.id, organizationId: unit.id, quantity: form.quantity, reason: form.reason.trim() };
      return (await requestGraphQL(fileWarehouseRequestMutation, { input })).fileWarehouseRequest;
    },
    doneText: ({ item }, filed) => i18n.global.t('assets.warehouse.request.filed', { name: item.name, quantity: filed.quantity }),
    onChanged,
  });
}
