import { i18n } from '@jiguan/kit';
import type { FormItemRule } from 'element-plus';
import { requiredRule } from '../../../composables/form-rules';
import { decimalText } from './record-form-values';

/*
 * The checks of the record forms, as the subgraph checks the same fields (its input rules): the
 * server has the last word, and its refusal is shown on the field it names.
 */
const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

/** A day not after `latest()` (today in Shanghai): records are of what happened. */
export const pastDayRule = (latest: () => string): FormItemRule[] => [
  requiredRule('services.canteens.rule.dayRequired'),
  { validator: (_rule, value: string, callback) => callback(!value || value <= latest() ? undefined : new Error(t('services.canteens.rule.notInFuture'))), trigger: 'change' },
];

/** A whole number from `min` to `max` (the subgraph's headcount: 0–10,000; positiveCount: 1–100,000). */
export const wholeNumberRule = (min: number, max: number, required = true): FormItemRule[] => [
  ...(required ? [requiredRule('services.canteens.rule.numberRequired')] : []),
  {
    validator: (_rule, value: number | undefined | null, callback) =>
      callback(value == null || (Number.isInteger(value) && value >= min && value <= max) ? undefined : new Error(t('services.canteens.rule.wholeNumber', { min, max }))),
    trigger: 'blur',
  },
];

/** A decimal greater than zero with at most `places` decimals (kilograms: 1, yuan and quantities: 2). */
export const positiveDecimalRule = (places: number): FormItemRule[] => [
  { required: true, whitespace: true, message: t('services.canteens.rule.numberRequired'), trigger: 'blur' },
  {
    validator: (_rule, value: string, callback) => {
      const text = decimalText(value, places);
      callback(text !== null && Number(text) > 0 ? undefined : new Error(t('services.canteens.rule.decimalFormat', { places })));
    },
    trigger: 'blur',
  },
];

export const requiredText = (max: number): FormItemRule[] => [
  { required: true, whitespace: true, message: t('services.canteens.rule.textRequired'), trigger: 'blur' },
  { max, message: t('kit.rule.textTooLong', { max }), trigger: 'blur' },
];

/** The leftovers weigh no more than what was served (the subgraph's LEFTOVER_OVER_SERVED). */
export const leftoverRule = (served: () => number | undefined): FormItemRule[] => [
  ...wholeNumberRule(0, 10_000),
  {
    validator: (_rule, value: number | undefined, callback) => {
      const servedGrams = served();
      callback(value == null || servedGrams == null || value <= servedGrams ? undefined : new Error(t('reason.LEFTOVER_OVER_SERVED')));
    },
    trigger: 'blur',
  },
];
