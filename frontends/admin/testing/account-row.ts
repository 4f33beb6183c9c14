import type { AccountRow } from '../src/views/system/accounts/user-accounts-query';

/** An account of a unit user as the accounts list shows it, as the gateway would answer it. */
export function accountRow(username: string): AccountRow {
  return {
    id: `account-${username}`,
    username,
    roles: ['UNIT_USER'],
    dataScope: 'UNIT_AND_CHILDREN',
    disabled: false,
    allowedActions: ['DISABLE'],
    lastLoginAt: null,
    createdAt: '2024-01-02T03:04:05.000Z',
    person: null,
  };
}
