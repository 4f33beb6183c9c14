import type { FormItemRule, FormRules } from 'element-plus';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { CreateAccountForm } from './use-create-account';
import type { ResetPasswordForm } from './use-reset-password';

/*
 * Validation of the account forms, mirroring the directory's own checks so that most mistakes are
 * caught before anything is sent. The server still has the last word: its refusal is shown in the dialog.
 */

function passwordRule(t: (key: string) => string): FormItemRule[] {
  return [
    { required: true, message: t('admin.rule.passwordRequired'), trigger: 'blur' },
    { min: 8, message: t('admin.rule.passwordLength'), trigger: 'blur' },
    { pattern: /^(?=.*[A-Za-z])(?=.*\d)/, message: t('admin.rule.passwordStrength'), trigger: 'blur' },
  ];
}

export function useCreateAccountRules() {
  const { t } = useI18n();
  return computed<FormRules<CreateAccountForm>>(() => ({
    username: [
      { required: true, whitespace: true, message: t('admin.rule.usernameRequired'), trigger: 'blur' },
      { pattern: /^[A-Za-z0-9_.-]{3,32}$/, message: t('admin.rule.usernamePattern'), trigger: 'blur' },
    ],
    password: passwordRule(t),
    personId: [{ required: true, message: t('admin.rule.personRequired'), trigger: 'change' }],
    roles: [{ type: 'array', required: true, min: 1, message: t('admin.rule.rolesRequired'), trigger: 'change' }],
    dataScope: [{ required: true, message: t('admin.rule.dataScopeRequired'), trigger: 'change' }],
  }));
}

/** `newPassword` reads the form's current new password, which the confirmation must repeat. */
export function useResetPasswordRules(newPassword: () => string) {
  const { t } = useI18n();
  return computed<FormRules<ResetPasswordForm>>(() => ({
    newPassword: passwordRule(t),
    confirmPassword: [
      { required: true, message: t('admin.rule.passwordRequired'), trigger: 'blur' },
      {
        validator: (_rule, value: string, callback) =>
          callback(value === newPassword() ? undefined : new Error(t('admin.rule.passwordMismatch'))),
        trigger: 'blur',
      },
    ],
  }));
}
