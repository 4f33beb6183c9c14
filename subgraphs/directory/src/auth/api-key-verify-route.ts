import { readBody } from '@jiguan/shared-schema/http/read-body';
import { sendJson, type RouteHandler } from '@jiguan/shared-schema/http/http-server';
import type { Logger } from '@jiguan/shared-schema/logger';
import { API_KEY_MAX_LENGTH } from './api-key-secret.ts';
import { verifyApiKey } from './verify-api-key.ts';

/** A `{"key": …}` body is far smaller; anything bigger is not one. */
const MAX_BODY_BYTES = 1024;

const NO_STORE = { 'cache-control': 'no-store' };

/** The key of a body `{"key":"jgk_…"}`, or null. */
function keyOf(text: string): string | null {
  try {
    const body: unknown = JSON.parse(text);
    const key = (body as { key?: unknown } | null)?.key;
    return typeof key === 'string' && key.length <= API_KEY_MAX_LENGTH ? key : null;
  } catch {
    return null;
  }
}

/**
 * `POST /bi/api-keys/verify` `{"key"}` → 200 `{"caller"}` or 401 `{"error":{"code","message"}}`.
 * A service route like /session-versions: the directory listens on this machine only (HOST),
 * the gateway is its one caller.
 */
export function apiKeyVerifyRoute(logger: Logger): RouteHandler {
  return async (req, res) => {
    const read = await readBody(req, MAX_BODY_BYTES);
    if (read.tooLarge) {
      sendJson(res, 413, { error: { code: 'BAD_REQUEST', message: '请求体过大' } }, { ...NO_STORE, connection: 'close' });
      return;
    }
    const key = keyOf(read.text);
    if (key === null) {
      sendJson(res, 400, { error: { code: 'BAD_REQUEST', message: '请求体须为 {"key":"jgk_…"}' } }, NO_STORE);
      return;
    }
    const verdict = await verifyApiKey(key, logger);
    if ('caller' in verdict) sendJson(res, 200, { caller: verdict.caller }, NO_STORE);
    else sendJson(res, 401, { error: { code: verdict.refused, message: verdict.message } }, NO_STORE);
  };
}
