import { type DataScope, i18n, requestGraphQL, type Role, useTransitionDialog } from '@jiguan/kit';
import { setUserAccountRolesMutation } from './set-account-roles-mutation';
import type { AccountRow } from './user-accounts-query';

export interface SetAccountRolesForm {
  roles: Role[];
  dataScope: DataScope;
}

/**
 * Gives the account the dialog is opened on its roles and data scope (the form starts from the
 * current ones, in the order of the role list). A refusal (the last administrator keeps the role,
 * no role chosen) stays in the dialog; `onChanged` refreshes the list after.
 */
export function useSetAccountRoles(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (account: AccountRow): SetAccountRolesForm => ({ roles: [...account.roles], dataScope: account.dataScope }),
    send: (account, form) => requestGraphQL(setUserAccountRolesMutation, { id: account.id, roles: [...form.roles], dataScope: form.dataScope }),
    doneText: (account) => i18n.global.t('admin.setRoles.done', { username: account.username }),
    onChanged: () => onChanged(),
  });
}
