import { i18n } from '@jiguan/kit';
import type { FormItemRule, FormRules } from 'element-plus';
import { shanghaiToday } from '../shanghai-days';

/*
 * The dish form's checks, as the subgraph checks the same fields (AddMenuDishInput): the server has
 * the last word and its refusal is shown on the field it names.
 */
const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

/** Yuan greater than 0 with at most two decimals (the DECIMAL(8,2) column). */
export function isPrice(value: string): boolean {
  return /^\d{1,6}(\.\d{1,2})?$/.test(value.trim()) && Number(value) > 0;
}

const priceRule: FormItemRule = { validator: (_rule, value: string, callback) => callback(!value || isPrice(value) ? undefined : new Error(t('services.meals.rule.price'))), trigger: 'blur' };
const notPastRule: FormItemRule = { validator: (_rule, value: string, callback) => callback(!value || value >= shanghaiToday() ? undefined : new Error(t('services.meals.rule.notPast'))), trigger: 'change' };

export const dishFormRules = (): FormRules => ({
  servedOn: [{ required: true, message: t('services.meals.rule.dayRequired'), trigger: 'change' }, notPastRule],
  sitting: [{ required: true, message: t('services.meals.rule.sittingRequired'), trigger: 'change' }],
  name: [
    { required: true, whitespace: true, message: t('services.meals.rule.nameRequired'), trigger: 'blur' },
    { max: 40, message: t('kit.rule.textTooLong', { max: 40 }), trigger: 'blur' },
  ],
  category: [{ required: true, message: t('services.meals.rule.categoryRequired'), trigger: 'change' }],
  price: [{ required: true, message: t('services.meals.rule.priceRequired'), trigger: 'blur' }, priceRule],
});
