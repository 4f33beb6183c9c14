import type { UserAccount } from '../../prisma/generated/client.ts';

/** What the audit keeps of an account: everything but the password hash. */
export function accountSnapshot(account: UserAccount): Omit<UserAccount, 'passwordHash'> {
  const { passwordHash: _secret, ...rest } = account;
  return rest;
}
