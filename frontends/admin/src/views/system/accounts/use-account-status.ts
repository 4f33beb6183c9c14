import { confirmAndSend, requestGraphQL } from '@jiguan/kit';
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
    const outcome = await confirmAndSend({
      question: t(`admin.accounts.confirm.${action}`, { username: account.username }),
      title: t('admin.common.confirmTitle'),
      confirmText: t('admin.common.confirm'),
      cancelText: t('admin.common.cancel'),
      send: () => requestGraphQL(accountStatusMutations[action], { id: account.id }),
      doneText: t(`admin.accounts.done.${action}`, { username: account.username }),
    });
    if (outcome.kind === 'done' || (outcome.kind === 'refused' && outcome.error.code === 'CONFLICT')) onChanged();
  }

  return { change };
}
