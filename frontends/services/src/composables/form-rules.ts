import { i18n } from '@jiguan/kit';
import type { FormItemRule } from 'element-plus';

/*
 * The form checks every services page uses, as the subgraph checks the same fields: the server has
 * the last word and its refusal is shown on the field it names. An area's own checks (a count, an
 * amount, leftovers under the served weight) sit beside its pages.
 */
const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

export const requiredRule = (messageKey: string, trigger: 'blur' | 'change' = 'change'): FormItemRule => ({ required: true, message: t(messageKey), trigger });

export const requiredText = (messageKey: string, max = 200): FormItemRule[] => [
  { required: true, whitespace: true, message: t(messageKey), trigger: 'blur' },
  { max, message: t('kit.rule.textTooLong', { max }), trigger: 'blur' },
];

export const optionalTextRule = (max = 200): FormItemRule[] => [{ max, message: t('kit.rule.textTooLong', { max }), trigger: 'blur' }];

/** A value the form must hold, checked by `isValid` once it is there (an empty optional value passes). */
export const checkedRule = (isValid: (value: string) => boolean, messageKey: string, trigger: 'blur' | 'change' = 'blur'): FormItemRule => ({
  validator: (_rule, value: string | null | undefined, callback) => callback(!value || isValid(String(value).trim()) ? undefined : new Error(t(messageKey))),
  trigger,
});
