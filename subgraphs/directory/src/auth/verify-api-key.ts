import type { Logger } from '@jiguan/shared-schema/logger';
import { prisma } from '../db.ts';
import { biApiKeyState } from '../domain/bi-api-key.ts';
import { apiKeySecretMatches, hashApiKeySecret, parseApiKey } from './api-key-secret.ts';

/** Who a valid key speaks for, as the gateway's BiCaller has it (null = all). */
export interface ApiKeyCaller {
  name: string;
  datasets: string[] | null;
  unitIds: string[] | null;
}

export type ApiKeyRefusalCode = 'API_KEY_INVALID' | 'API_KEY_REVOKED' | 'API_KEY_EXPIRED';

export type ApiKeyVerdict = { caller: ApiKeyCaller } | { refused: ApiKeyRefusalCode; message: string };

const REFUSALS: Record<ApiKeyRefusalCode, string> = {
  // The same answer for an unknown key and a wrong secret: a guesser learns nothing of which ids exist.
  API_KEY_INVALID: 'API 密钥无效，请检查密钥是否完整',
  API_KEY_REVOKED: 'API 密钥已被吊销，请向系统管理员申请新的密钥',
  API_KEY_EXPIRED: 'API 密钥已过期，请向系统管理员申请新的密钥',
};

const refused = (code: ApiKeyRefusalCode): ApiKeyVerdict => ({ refused: code, message: REFUSALS[code] });

const KEY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Compared against when the id is unknown, so both failures cost the same hashing. */
const DECOY_HASH = hashApiKeySecret('');
/** Last-used time is written at most once a minute a key: a BI refresh makes many requests. */
const LAST_USED_RESOLUTION_MS = 60_000;

const empty = (list: string[]) => (list.length === 0 ? null : list);

/**
 * Checks a presented key: its id names a key, its secret matches the stored hash, and the key is
 * neither revoked nor expired — asked on every export request, so a revoked key is refused at once.
 * Read with the plain client: the caller is a BI tool, not a signed-in viewer (like sign-in).
 * A valid key's last-used time is recorded without the answer waiting for it.
 */
export async function verifyApiKey(presented: string, logger: Logger): Promise<ApiKeyVerdict> {
  const parsed = parseApiKey(presented);
  if (!parsed || !KEY_ID.test(parsed.id)) return refused('API_KEY_INVALID');
  const key = await prisma.biApiKey.findUnique({ where: { id: parsed.id } });
  if (!apiKeySecretMatches(parsed.secret, key?.secretHash ?? DECOY_HASH) || !key) return refused('API_KEY_INVALID');
  const state = biApiKeyState(key);
  if (state === 'REVOKED') return refused('API_KEY_REVOKED');
  if (state === 'EXPIRED') return refused('API_KEY_EXPIRED');
  void recordLastUse(key.id, logger);
  return { caller: { name: key.name, datasets: empty(key.datasets), unitIds: empty(key.unitIds) } };
}

async function recordLastUse(id: string, logger: Logger): Promise<void> {
  try {
    const now = Date.now();
    // One conditional UPDATE: a no-op within the resolution.
    await prisma.biApiKey.updateMany({
      where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now - LAST_USED_RESOLUTION_MS) } }] },
      data: { lastUsedAt: new Date(now) },
    });
  } catch (error) {
    logger.warn('BI API key last-used time not recorded', { id, reason: (error as Error).message });
  }
}
