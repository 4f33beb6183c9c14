import { GraphQLRequestError, i18n, requestGraphQL, todayIso, useTransitionDialog } from '@jiguan/kit';
import type { ItemCategory, ItemCondition, ListWarehouseItemInput } from '../../../generated/graphql';
import { listWarehouseItemMutation } from './list-warehouse-item-mutation';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

/** The intake form (入仓); its keys are the input's field names, so a refusal lands on its field. */
export interface WarehouseItemForm {
  warehouseId: string | undefined;
  code: string;
  category: ItemCategory | undefined;
  name: string;
  quantity: number;
  /** Per piece, yuan. */
  originalValue: string;
  assessedValue: string;
  newPrice: string;
  fromUnitId: string | undefined;
  condition: ItemCondition | undefined;
  listedOn: string;
}

export const emptyWarehouseItemForm = (): WarehouseItemForm => ({
  warehouseId: undefined,
  code: '',
  category: undefined,
  name: '',
  quantity: 1,
  originalValue: '',
  assessedValue: '',
  newPrice: '',
  fromUnitId: undefined,
  condition: undefined,
  listedOn: todayIso(),
});

const amount = (value: string) => value.replaceAll(',', '').trim();

export function warehouseItemInput(form: WarehouseItemForm): ListWarehouseItemInput {
  return {
    warehouseId: form.warehouseId ?? '',
    code: form.code.trim(),
    category: form.category ?? 'OTHER',
    name: form.name.trim(),
    quantity: form.quantity,
    originalValue: amount(form.originalValue),
    assessedValue: amount(form.assessedValue),
    newPrice: amount(form.newPrice),
    fromUnitId: form.fromUnitId ?? '',
    condition: form.condition ?? 'GOOD',
    listedOn: form.listedOn,
  };
}

/** A taken code is a CONFLICT naming no field: the form shows it on the code. */
function duplicateOnCode(error: GraphQLRequestError): GraphQLRequestError {
  return error.reason === 'DUPLICATE_CODE' ? new GraphQLRequestError(error.code, error.message, { field: 'code', reason: error.reason, params: error.params }) : error;
}

/** 入仓: a unit's surplus pieces taken into a warehouse and listed at once; `onChanged` reloads the catalogue. */
export function useListWarehouseItem(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: emptyWarehouseItemForm,
    send: async (_target: object, form: WarehouseItemForm) => {
      try {
        return (await requestGraphQL(listWarehouseItemMutation, { input: warehouseItemInput(form) })).listWarehouseItem;
      } catch (error) {
        throw error instanceof GraphQLRequestError ? duplicateOnCode(error) : error;
      }
    },
    doneText: (_target, item) => t('assets.operationForms.intake.done', { code: item.code, name: item.name, quantity: item.quantity, warehouse: item.warehouse.name }),
    onChanged,
  });
}
