import type { FormRules } from 'element-plus';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { RequestItemForm } from './use-request-item';

/*
 * The request form's quantity, checked before anything is sent as the subgraph checks it: a whole
 * number of pieces, at least one and no more than are free (`available`). The server has the last
 * word (someone may take the pieces first): its refusal is shown in the dialog.
 */
export function useRequestItemRules(available: () => number) {
  const { t } = useI18n();
  return computed<FormRules<RequestItemForm>>(() => ({
    quantity: [
      { required: true, type: 'integer', message: t('assets.rule.quantityRequired'), trigger: 'change' },
      {
        validator: (_rule, value: number, callback) =>
          callback(value >= 1 && value <= available() ? undefined : new Error(t('assets.rule.quantityRange', { max: available() }))),
        trigger: 'change',
      },
    ],
  }));
}
