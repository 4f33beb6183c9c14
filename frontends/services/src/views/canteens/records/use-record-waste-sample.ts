import { i18n, requestGraphQL, useTransitionDialog } from '@jiguan/kit';
import type { RecordWasteSampleInput } from '../../../generated/graphql';
import { todayIso } from '../canteen-calendar';
import { recordWasteSampleMutation } from './canteen-record-mutations';
import type { RecordTarget } from './record-form-values';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

export interface WasteSampleForm {
  canteenId: string | undefined;
  sampledOn: string;
  servedGrams: number | undefined;
  leftoverGrams: number | undefined;
}

/** The form's values → RecordWasteSampleInput. */
export function wasteSampleInput(form: WasteSampleForm): RecordWasteSampleInput {
  return { canteenId: form.canteenId ?? '', sampledOn: form.sampledOn, servedGrams: form.servedGrams ?? 0, leftoverGrams: form.leftoverGrams ?? 0 };
}

/** Records a day's sampled plates (BAD_USER_INPUT LEFTOVER_OVER_SERVED on leftoverGrams when the leftovers outweigh the servings). */
export function useRecordWasteSample(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (target: RecordTarget): WasteSampleForm => ({ canteenId: target.canteenId, sampledOn: todayIso(), servedGrams: undefined, leftoverGrams: undefined }),
    send: async (_target, form) => (await requestGraphQL(recordWasteSampleMutation, { input: wasteSampleInput(form) })).recordWasteSample,
    doneText: (_target, sample) => t('services.canteens.done.wasteSample', { canteen: sample.canteen.name, day: sample.sampledOn, coefficient: sample.coefficient.toFixed(4) }),
    onChanged,
  });
}
