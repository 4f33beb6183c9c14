import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';

/** What the audit keeps of an account: its columns but the password hash. */
export function accountSnapshot(account: { passwordHash?: string }): Record<string, unknown> {
  const { passwordHash: _secret, ...rest } = auditSnapshot(account);
  return rest;
}
