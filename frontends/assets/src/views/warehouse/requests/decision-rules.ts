import type { FormRules } from 'element-plus';
import { computed, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { DecisionForm } from './use-decide-request';

/** A rejection needs a reason (the unit is told why); an approval may have one. At most 500 characters. */
export function useDecisionRules(reasonRequired: Ref<boolean>) {
  const { t } = useI18n();
  return computed<FormRules<DecisionForm>>(() => ({
    reason: [
      { required: reasonRequired.value, whitespace: true, message: t('assets.rule.reasonRequired'), trigger: 'blur' },
      { max: 500, message: t('assets.rule.textTooLong', { max: 500 }), trigger: 'blur' },
    ],
  }));
}
