import { i18n } from '@jiguan/kit';
import type { FormItemRule } from 'element-plus';
import { requiredRule } from '../../../composables/form-rules';
import { decimalText } from './form-values';

/*
 * The repairs, providers and safety dialogs' own checks, as the subgraph checks the same fields (the
 * ones every page uses are in src/composables/form-rules.ts).
 */
const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

/** A whole number from `min` up (people at a drill, attendees of a training). */
export const countRule = (min = 1): FormItemRule[] => [
  { required: true, message: t('services.repairs.rule.countRequired'), trigger: 'blur' },
  { validator: (_rule, value: unknown, callback) => callback(Number.isInteger(value) && Number(value) >= min ? undefined : new Error(t('services.repairs.rule.countMin', { min }))), trigger: 'blur' },
];

/** An amount of yuan, greater than zero, at most two decimals. */
export const amountRule = (): FormItemRule[] => [
  { required: true, message: t('services.repairs.rule.amountRequired'), trigger: 'blur' },
  {
    validator: (_rule, value: string, callback) => {
      const text = decimalText(value);
      callback(text !== null && Number(text) > 0 ? undefined : new Error(t('services.repairs.rule.amountFormat')));
    },
    trigger: 'blur',
  },
];

/** A date not after today (a drill held, an event that occurred). */
export const pastDateRule = (messageKey: string, latest: () => string): FormItemRule[] => [
  requiredRule(messageKey),
  { validator: (_rule, value: string, callback) => callback(!value || value <= latest() ? undefined : new Error(t('services.repairs.rule.notInFuture'))), trigger: 'change' },
];

/** An end date after the start the form holds. */
export const endAfterStartRule = (start: () => string | undefined): FormItemRule => ({
  validator: (_rule, value: string, callback) => {
    const begin = start();
    callback(!value || !begin || value > begin ? undefined : new Error(t('services.repairs.rule.endBeforeStart')));
  },
  trigger: 'change',
});
