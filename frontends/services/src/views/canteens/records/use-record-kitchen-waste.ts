import { formatDecimal, i18n, requestGraphQL, useTransitionDialog } from '@jiguan/kit';
import type { RecordKitchenWasteInput } from '../../../generated/graphql';
import { todayIso } from '../canteen-calendar';
import { recordKitchenWasteMutation } from './canteen-record-mutations';
import { decimalText, type RecordTarget } from './record-form-values';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

export interface KitchenWasteForm {
  canteenId: string | undefined;
  weighedOn: string;
  /** As typed; kilograms with up to 1 decimal. */
  kilograms: string;
}

/** The form's values → RecordKitchenWasteInput: the weight as the Decimal scalar's text. */
export function kitchenWasteInput(form: KitchenWasteForm): RecordKitchenWasteInput {
  return { canteenId: form.canteenId ?? '', weighedOn: form.weighedOn, kilograms: decimalText(form.kilograms, 1) ?? form.kilograms.trim() };
}

/** Records the kitchen waste (餐厨垃圾) weighed at a collection. */
export function useRecordKitchenWaste(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (target: RecordTarget): KitchenWasteForm => ({ canteenId: target.canteenId, weighedOn: todayIso(), kilograms: '' }),
    send: async (_target, form) => (await requestGraphQL(recordKitchenWasteMutation, { input: kitchenWasteInput(form) })).recordKitchenWaste,
    doneText: (_target, weighing) => t('services.canteens.done.kitchenWaste', { canteen: weighing.canteen.name, day: weighing.weighedOn, kilograms: formatDecimal(weighing.kilograms) }),
    onChanged,
  });
}
