import type { FormRules } from 'element-plus';
import { computed, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { RequestItemForm } from './use-request-item';

/*
 * Checks of the request form before anything is sent, mirroring the subgraph's: a whole number of
 * pieces, at least one and no more than are free; a reason of at most 500 characters. The server
 * has the last word (someone may take the pieces first): its answer is shown as it is.
 */
export function useRequestItemRules(available: Ref<number>) {
  const { t } = useI18n();
  return computed<FormRules<RequestItemForm>>(() => ({
    quantity: [
      { required: true, type: 'integer', message: t('assets.rule.quantityRequired'), trigger: 'change' },
      {
        validator: (_rule, value: number, callback) =>
          callback(value >= 1 && value <= available.value ? undefined : new Error(t('assets.rule.quantityRange', { max: available.value }))),
        trigger: 'change',
      },
    ],
    reason: [
      { required: true, whitespace: true, message: t('assets.rule.reasonRequired'), trigger: 'blur' },
      { max: 500, message: t('assets.rule.textTooLong', { max: 500 }), trigger: 'blur' },
    ],
  }));
}
