import type { ServerResponse } from 'node:http';
import { sendJson } from '@jiguan/shared-schema/http/http-server';
import type { Logger } from '@jiguan/shared-schema/logger';

/** Error codes of the BI endpoints: the hub's own codes plus the directory's API key refusals. */
export type BiErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'TOO_MANY_ROWS'
  | 'SUBGRAPH_UNAVAILABLE'
  | 'INTERNAL'
  | 'API_KEY_INVALID'
  | 'API_KEY_REVOKED'
  | 'API_KEY_EXPIRED';

/** A refusal of a BI endpoint: its HTTP status, a code and a message a person can act on. */
export class BiHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: BiErrorCode | string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Asks an HTTP client for credentials; Excel and Power BI then show their sign-in prompt. */
export const BASIC_CHALLENGE = { 'www-authenticate': 'Basic realm="Jiguan Hub BI"' };

/** `{"error":{"code","message"}}`, the JSON error of the BI endpoints (OData has its own, see odata-error.ts). */
export function sendBiError(res: ServerResponse, error: BiHttpError): void {
  sendJson(res, error.status, { error: { code: error.code, message: error.message } }, error.headers);
}

/** Answers a failure before the first byte: a refusal as itself, anything else logged and shown as INTERNAL (never a stack or SQL). */
export function answerFailure(res: ServerResponse, error: unknown, logger: Logger, path: string): void {
  if (error instanceof BiHttpError) return sendBiError(res, error);
  logger.error('BI request failed', { path, error: error instanceof Error ? error.message : String(error) });
  sendBiError(res, new BiHttpError(500, 'INTERNAL', '读取数据集失败，请稍后重试；若一再失败请联系管理员'));
}
