import { i18n, requestGraphQL, useTransitionDialog } from '@jiguan/kit';
import type { RecordMealCountInput, Sitting } from '../../../generated/graphql';
import { todayIso } from '../canteen-calendar';
import { recordMealCountMutation } from './canteen-record-mutations';
import type { RecordTarget } from './record-form-values';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

export interface MealCountForm {
  canteenId: string | undefined;
  servedOn: string;
  sitting: Sitting | undefined;
  diners: number | undefined;
}

/** The form's values → RecordMealCountInput (the form's rules have made sure the required ones are there). */
export function mealCountInput(form: MealCountForm): RecordMealCountInput {
  return { canteenId: form.canteenId ?? '', servedOn: form.servedOn, sitting: form.sitting ?? 'LUNCH', diners: form.diners ?? 0 };
}

/** Records the diners of one sitting (CONFLICT MEAL_ALREADY_COUNTED when it is counted already). */
export function useRecordMealCount(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (target: RecordTarget): MealCountForm => ({ canteenId: target.canteenId, servedOn: todayIso(), sitting: undefined, diners: undefined }),
    send: async (_target, form) => (await requestGraphQL(recordMealCountMutation, { input: mealCountInput(form) })).recordMealCount,
    doneText: (_target, count) =>
      t('services.canteens.done.mealCount', { canteen: count.canteen.name, day: count.servedOn, sitting: t(`services.enum.Sitting.${count.sitting}`), diners: count.diners }),
    onChanged,
  });
}
