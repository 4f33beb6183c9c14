import { GraphQLRequestError, requestGraphQL } from '@jiguan/kit';
import { ElMessage, type FormInstance } from 'element-plus';
import { reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { resetUserAccountPasswordMutation } from './reset-password-mutation';
import type { AccountRow } from './user-accounts-query';

export interface ResetPasswordForm {
  newPassword: string;
  confirmPassword: string;
}

/** Sets a new password for an account; the server's refusal is shown above the form. */
export function useResetPassword() {
  const { t } = useI18n();
  const formRef = ref<FormInstance>();
  const form = reactive<ResetPasswordForm>({ newPassword: '', confirmPassword: '' });
  const submitting = ref(false);
  const serverError = ref<string | null>(null);

  function reset(): void {
    Object.assign(form, { newPassword: '', confirmPassword: '' });
    serverError.value = null;
    formRef.value?.clearValidate();
  }

  async function submit(account: AccountRow): Promise<boolean> {
    serverError.value = null;
    if (!(await formRef.value?.validate().catch(() => false))) return false;
    submitting.value = true;
    try {
      await requestGraphQL(resetUserAccountPasswordMutation, { id: account.id, newPassword: form.newPassword });
      ElMessage.success(t('admin.resetPassword.done', { username: account.username }));
      return true;
    } catch (error) {
      if (!(error instanceof GraphQLRequestError)) throw error;
      serverError.value = error.message;
      return false;
    } finally {
      submitting.value = false;
    }
  }

  return { formRef, form, submitting, serverError, reset, submit };
}
