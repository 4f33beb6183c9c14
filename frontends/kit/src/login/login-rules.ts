import type { FormRules } from 'element-plus';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { LoginForm } from './use-login-form';

/** Only presence is checked here: the server alone knows whether the credentials are right. */
export function useLoginRules() {
  const { t } = useI18n();
  return computed<FormRules<LoginForm>>(() => ({
    username: [{ required: true, whitespace: true, message: t('kit.login.usernameRequired'), trigger: 'blur' }],
    password: [{ required: true, message: t('kit.login.passwordRequired'), trigger: 'blur' }],
  }));
}
