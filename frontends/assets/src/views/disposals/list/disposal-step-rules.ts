import type { FormRules } from 'element-plus';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { DisposalStepForm } from './use-disposal-step';

/** Every step of a disposal carries its reason (批复意见 …): required, at most 500 characters. */
export function useDisposalStepRules() {
  const { t } = useI18n();
  return computed<FormRules<DisposalStepForm>>(() => ({
    reason: [
      { required: true, whitespace: true, message: t('assets.rule.reasonRequired'), trigger: 'blur' },
      { max: 500, message: t('assets.rule.textTooLong', { max: 500 }), trigger: 'blur' },
    ],
  }));
}
