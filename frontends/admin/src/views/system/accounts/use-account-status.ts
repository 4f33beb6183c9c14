import { GraphQLRequestError, requestGraphQL } from '@jiguan/kit';
import { ElMessage, ElMessageBox } from 'element-plus';
import { useI18n } from 'vue-i18n';
import type { UserAccountAction } from '../../../generated/graphql';
import { accountStatusMutations } from './account-status-mutations';
import type { AccountRow } from './user-accounts-query';

/**
 * Disables or enables an account (an action the server allows the viewer on it now) after a
 * confirmation; `onChanged` runs once the server agreed, and after a CONFLICT (the list was stale).
 */
export function useAccountStatus(onChanged: () => void) {
  const { t } = useI18n();

  async function change(account: AccountRow, action: UserAccountAction): Promise<void> {
    const confirmed = await ElMessageBox.confirm(t(`admin.accounts.confirm.${action}`, { username: account.username }), t('admin.common.confirmTitle'), {
      type: 'warning',
      confirmButtonText: t('admin.common.confirm'),
      cancelButtonText: t('admin.common.cancel'),
    }).then(
      () => true,
      () => false,
    );
    if (!confirmed) return;
    try {
      await requestGraphQL(accountStatusMutations[action], { id: account.id });
      ElMessage.success(t(`admin.accounts.done.${action}`, { username: account.username }));
      onChanged();
    } catch (error) {
      if (!(error instanceof GraphQLRequestError)) throw error;
      ElMessage.error(error.localizedMessage);
      if (error.code === 'CONFLICT') onChanged();
    }
  }

  return { change };
}
