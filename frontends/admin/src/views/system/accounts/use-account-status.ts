import { GraphQLRequestError, requestGraphQL } from '@jiguan/kit';
import { ElMessage, ElMessageBox } from 'element-plus';
import { useI18n } from 'vue-i18n';
import { disableUserAccountMutation, enableUserAccountMutation } from './account-status-mutations';
import type { AccountRow } from './user-accounts-query';

/** Disables or enables an account after a confirmation; `onChanged` runs once the server agreed. */
export function useAccountStatus(onChanged: () => void) {
  const { t } = useI18n();

  async function toggle(account: AccountRow): Promise<void> {
    const disabling = !account.disabled;
    const confirmed = await ElMessageBox.confirm(
      t(disabling ? 'admin.accounts.confirmDisable' : 'admin.accounts.confirmEnable', { username: account.username }),
      t('admin.common.confirmTitle'),
      { type: 'warning', confirmButtonText: t('admin.common.confirm'), cancelButtonText: t('admin.common.cancel') },
    ).then(
      () => true,
      () => false,
    );
    if (!confirmed) return;
    try {
      if (disabling) await requestGraphQL(disableUserAccountMutation, { id: account.id });
      else await requestGraphQL(enableUserAccountMutation, { id: account.id });
      ElMessage.success(t(disabling ? 'admin.accounts.disabled' : 'admin.accounts.enabled', { username: account.username }));
      onChanged();
    } catch (error) {
      if (!(error instanceof GraphQLRequestError)) throw error;
      ElMessage.error(error.localizedMessage);
    }
  }

  return { toggle };
}
