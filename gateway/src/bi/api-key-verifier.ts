import { API_KEY_VERIFY_PATH } from '@jiguan/shared-schema/bi/api-key-contract';
import { BASIC_CHALLENGE, BiHttpError } from './bi-http-error.ts';
import type { BiCaller } from './bi-caller.ts';

export type ApiKeyVerifier = (key: string) => Promise<BiCaller>;

/** What the directory answers at POST /bi/api-keys/verify (docs/bi.md). */
interface VerifyAnswer {
  caller?: { name: string; datasets: string[] | null; unitIds: string[] | null };
  error?: { code: string; message: string };
}

const KEY_CODES = new Set(['API_KEY_INVALID', 'API_KEY_REVOKED', 'API_KEY_EXPIRED']);

/**
 * Verifies a BI API key with the directory, on every request: no cache, so a revoked or expired key
 * is refused at once. `directoryOrigin` is read per call (the supergraph may be reloaded).
 */
export function createApiKeyVerifier(options: { directoryOrigin: () => string | undefined; timeoutMs: number }): ApiKeyVerifier {
  const unavailable = () => new BiHttpError(503, 'SUBGRAPH_UNAVAILABLE', 'directory 服务暂不可用，无法验证 API 密钥，请稍后重试');
  return async (key) => {
    const origin = options.directoryOrigin();
    if (!origin) throw unavailable();
    let response: Response;
    let answer: VerifyAnswer;
    try {
      response = await fetch(new URL(API_KEY_VERIFY_PATH, origin), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ key }),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      answer = (await response.json()) as VerifyAnswer;
    } catch {
      throw unavailable();
    }
    if (response.status === 200 && answer.caller) {
      const { name, datasets, unitIds } = answer.caller;
      return { kind: 'api-key', name, datasets: datasets ?? null, unitIds: unitIds ?? null };
    }
    if (response.status === 401) {
      const code = answer.error && KEY_CODES.has(answer.error.code) ? answer.error.code : 'API_KEY_INVALID';
      throw new BiHttpError(401, code, answer.error?.message ?? 'API 密钥无效', BASIC_CHALLENGE);
    }
    throw unavailable();
  };
}
