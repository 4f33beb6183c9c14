import { formatDecimal, i18n, requestGraphQL, useTransitionDialog } from '@jiguan/kit';
import type { RecordIngredientPurchaseInput } from '../../../generated/graphql';
import { todayIso } from '../canteen-calendar';
import { recordIngredientPurchaseMutation } from './canteen-record-mutations';
import { decimalText, type RecordTarget } from './record-form-values';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

export interface IngredientPurchaseForm {
  canteenId: string | undefined;
  purchasedOn: string;
  supplier: string;
  category: string;
  /** As typed; up to 2 decimals. */
  quantity: string;
  unit: string;
  /** Yuan as typed; up to 2 decimals. */
  amount: string;
}

/** The form's values → RecordIngredientPurchaseInput: texts trimmed, quantity and amount as the Decimal scalar's text. */
export function ingredientPurchaseInput(form: IngredientPurchaseForm): RecordIngredientPurchaseInput {
  return {
    canteenId: form.canteenId ?? '',
    purchasedOn: form.purchasedOn,
    supplier: form.supplier.trim(),
    category: form.category.trim(),
    quantity: decimalText(form.quantity, 2) ?? form.quantity.trim(),
    unit: form.unit.trim(),
    amount: decimalText(form.amount, 2) ?? form.amount.trim(),
  };
}

/** Records a purchase of ingredients (食材采购). */
export function useRecordIngredientPurchase(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (target: RecordTarget): IngredientPurchaseForm => ({ canteenId: target.canteenId, purchasedOn: todayIso(), supplier: '', category: '', quantity: '', unit: '公斤', amount: '' }),
    send: async (_target, form) => (await requestGraphQL(recordIngredientPurchaseMutation, { input: ingredientPurchaseInput(form) })).recordIngredientPurchase,
    doneText: (_target, purchase) =>
      t('services.canteens.done.purchase', { canteen: purchase.canteen.name, day: purchase.purchasedOn, category: purchase.category, amount: formatDecimal(purchase.amount) }),
    onChanged,
  });
}
