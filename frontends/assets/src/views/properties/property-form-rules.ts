import { i18n } from '@jiguan/kit';
import type { FormItemRule } from 'element-plus';

/*
 * The checks of the property and idle-property forms, as the assets subgraph checks the same
 * fields (shared-schema's input rules: text up to 200 characters, areas and money with up to two
 * decimals). The server has the last word; its refusal is shown on the field it names.
 */
const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

/** A decimal typed into a form (`8500`, ` 8,500.5 `) as the Decimal scalar's text with at most two decimals, or null when it is not one. */
export function decimalText(value: string | number | null | undefined): string | null {
  const text = String(value ?? '').replaceAll(',', '').trim();
  return /^\d+(\.\d{1,2})?$/.test(text) ? text : null;
}

/** The typed decimal as the scalar's text; what was typed (trimmed) when it is not one, for the server to refuse. */
export const decimalInput = (value: string): string => decimalText(value) ?? value.trim();

export const requiredRule = (messageKey: string): FormItemRule => ({ required: true, message: t(messageKey), trigger: 'change' });

export const requiredText = (max = 200): FormItemRule[] => [
  { required: true, whitespace: true, message: t('assets.propertyForms.rule.textRequired'), trigger: 'blur' },
  { max, message: t('kit.rule.textTooLong', { max }), trigger: 'blur' },
];

/** An area or amount: up to two decimals; greater than zero when `positive`, else zero allowed. */
export const decimalRule = (positive: boolean): FormItemRule[] => [
  { required: true, whitespace: true, message: t('assets.propertyForms.rule.numberRequired'), trigger: 'blur' },
  {
    validator: (_rule, value: string, callback) => {
      const text = decimalText(value);
      if (text === null) callback(new Error(t(positive ? 'assets.propertyForms.rule.positiveDecimal' : 'assets.propertyForms.rule.decimal')));
      else callback(positive && !(Number(text) > 0) ? new Error(t('assets.propertyForms.rule.positiveDecimal')) : undefined);
    },
    trigger: 'blur',
  },
];

/** A whole number from `min` to `max`. */
export const wholeNumberRule = (min: number, max: number): FormItemRule[] => [
  requiredRule('assets.propertyForms.rule.numberRequired'),
  {
    validator: (_rule, value: number | undefined | null, callback) =>
      callback(value == null || (Number.isInteger(value) && value >= min && value <= max) ? undefined : new Error(t('assets.propertyForms.rule.wholeNumber', { min, max }))),
    trigger: 'blur',
  },
];

export const dayRule = (): FormItemRule[] => [requiredRule('assets.propertyForms.rule.dayRequired')];

/** A day after `earliest()` (an end after the start), when both are given. */
export const dayAfterRule = (earliest: () => string | undefined, messageKey: string): FormItemRule[] => [
  ...dayRule(),
  { validator: (_rule, value: string, callback) => { const start = earliest(); callback(!value || !start || value > start ? undefined : new Error(t(messageKey))); }, trigger: 'change' },
];

/** A day not before `earliest()` (a give-back on or after the start). */
export const dayNotBeforeRule = (earliest: () => string | undefined): FormItemRule[] => [
  ...dayRule(),
  { validator: (_rule, value: string, callback) => { const start = earliest(); callback(!value || !start || value >= start ? undefined : new Error(t('reason.BEFORE_START'))); }, trigger: 'change' },
];
