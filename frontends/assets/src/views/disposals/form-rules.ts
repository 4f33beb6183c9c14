import { i18n } from '@jiguan/kit';
import type { FormItemRule } from 'element-plus';

/*
 * The checks of the operations forms (disposal, 入仓, inspection, the vehicles'), as the assets
 * subgraph checks the same fields (its input rules): the server has the last word, and its
 * refusal is shown on the field it names.
 */
const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

/** A decimal text with at most `places` decimals, without grouping commas; null when it is not one. */
export function decimalText(value: string | number | null | undefined, places = 2): string | null {
  const text = String(value ?? '').replaceAll(',', '').trim();
  return new RegExp(`^\\d+(\\.\\d{1,${places}})?$`).test(text) ? text : null;
}

export const required = (): FormItemRule => ({ required: true, message: t('assets.operationForms.rule.required'), trigger: 'change' });

/** A text the server requires, at most `max` characters. */
export const requiredText = (max: number): FormItemRule[] => [
  { required: true, whitespace: true, message: t('assets.operationForms.rule.required'), trigger: 'blur' },
  { max, message: t('kit.rule.textTooLong', { max }), trigger: 'blur' },
];

/** An amount of yuan with at most two decimals; greater than zero unless `zero` may be entered. */
export const amountRule = ({ zero = false } = {}): FormItemRule[] => [
  { required: true, whitespace: true, message: t('assets.operationForms.rule.required'), trigger: ['blur', 'change'] },
  {
    validator: (_rule, value: string, callback) => {
      const text = decimalText(value, 2);
      callback(!value || (text !== null && (zero || Number(text) > 0)) ? undefined : new Error(t(zero ? 'assets.operationForms.rule.amount' : 'assets.operationForms.rule.positiveAmount')));
    },
    trigger: ['blur', 'change'],
  },
];

/** A whole number from `min` to `max`. */
export const wholeNumberRule = (min: number, max: number): FormItemRule[] => [
  { required: true, message: t('assets.operationForms.rule.required'), trigger: 'change' },
  {
    validator: (_rule, value: number | undefined | null, callback) =>
      callback(value == null || (Number.isInteger(value) && value >= min && value <= max) ? undefined : new Error(t('assets.operationForms.rule.wholeNumber', { min, max }))),
    trigger: 'change',
  },
];

/** A day not after `latest()` (today in Shanghai): the forms record what happened. */
export const pastDayRule = (latest: () => string): FormItemRule[] => [
  required(),
  { validator: (_rule, value: string, callback) => callback(!value || value <= latest() ? undefined : new Error(t('assets.operationForms.rule.notInFuture'))), trigger: 'change' },
];
