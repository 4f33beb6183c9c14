import { i18n, requestGraphQL, useTransitionDialog } from '@jiguan/kit';
import { resetUserAccountPasswordMutation } from './reset-password-mutation';
import type { AccountRow } from './user-accounts-query';

export interface ResetPasswordForm {
  newPassword: string;
  confirmPassword: string;
}

/** Sets a new password for the account the dialog is opened on; a refusal is shown in the dialog. */
export function useResetPassword() {
  return useTransitionDialog({
    emptyForm: (): ResetPasswordForm => ({ newPassword: '', confirmPassword: '' }),
    send: (account: AccountRow, form) => requestGraphQL(resetUserAccountPasswordMutation, { id: account.id, newPassword: form.newPassword }),
    doneText: (account) => i18n.global.t('admin.resetPassword.done', { username: account.username }),
  });
}
