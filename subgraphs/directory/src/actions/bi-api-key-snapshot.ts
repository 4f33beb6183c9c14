import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';

/** What the audit keeps of a BI API key: its columns but the secret's hash. */
export function biApiKeySnapshot(key: { secretHash?: string }): Record<string, unknown> {
  const { secretHash: _secret, ...rest } = auditSnapshot(key);
  return rest;
}
