import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { formatApiKey, hashApiKeySecret, newApiKeySecret } from '../auth/api-key-secret.ts';
import type { DirectoryActionContext } from '../context.ts';
import type { CreateBiApiKeyInput } from '../schema/bi-api-key.ts';
import { biApiKeySnapshot } from './bi-api-key-snapshot.ts';
import { requireUnits } from './require-units.ts';

/**
 * Creates a BI API key and answers it with its key, which is shown this once: only the secret's
 * hash is kept. No dataset list or no unit list (null) means every dataset / every unit; that is
 * stored as an empty list.
 */
export async function createBiApiKey({ actor, db }: DirectoryActionContext, input: typeof CreateBiApiKeyInput.$inferInput) {
  const secret = newApiKeySecret();
  const unitIds = input.unitIds ?? [];
  const apiKey = await db.$transaction(async (tx) => {
    await requireUnits(tx, unitIds, 'input.unitIds');
    const created = await tx.biApiKey.create({
      data: { name: input.name, datasets: input.datasets ?? [], unitIds, expiresAt: input.expiresAt ?? null, secretHash: hashApiKeySecret(secret), createdBy: actor.accountId },
    });
    await recordAudit(tx, { actor, action: 'biApiKey.create', entity: 'BiApiKey', entityId: created.id, before: null, after: biApiKeySnapshot(created) });
    return created;
  });
  return { apiKey, key: formatApiKey(apiKey.id, secret) };
}
