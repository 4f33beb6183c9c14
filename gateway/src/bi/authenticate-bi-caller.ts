import type { IncomingMessage } from 'node:http';
import type { RequestAuthentication } from '@jiguan/shared-schema/auth/authenticate-request';
import { API_KEY_PREFIX } from '@jiguan/shared-schema/bi/api-key-contract';
import { visibleUnitIds } from '@jiguan/shared-schema/auth/visible-unit-ids';
import { hasRole } from '@jiguan/shared-schema/auth/viewer';
import { HubError } from '@jiguan/shared-schema/errors';
import type { ApiKeyVerifier } from './api-key-verifier.ts';
import type { BiCaller } from './bi-caller.ts';
import { BASIC_CHALLENGE, BiHttpError } from './bi-http-error.ts';

/**
 * The API key of an `Authorization` header: `Bearer jgk_…`, or HTTP Basic with the key as the
 * password (the user name ignored, as Excel and Power BI ask for both) or as the user name with an
 * empty password. Null when the header carries no key (a token, or nothing).
 */
export function apiKeyOf(header: string | undefined): string | null {
  if (!header) return null;
  const bearer = /^Bearer\s+(\S+)$/i.exec(header.trim())?.[1];
  if (bearer) return bearer.startsWith(API_KEY_PREFIX) ? bearer : null;
  const basic = /^Basic\s+(\S+)$/i.exec(header.trim());
  if (!basic) return null;
  const decoded = Buffer.from(basic[1] ?? '', 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const user = colon < 0 ? decoded : decoded.slice(0, colon);
  const password = colon < 0 ? '' : decoded.slice(colon + 1);
  if (password.startsWith(API_KEY_PREFIX)) return password;
  if (password === '' && user.startsWith(API_KEY_PREFIX)) return user;
  // Basic credentials that hold no key: a person typed something else into the prompt.
  return '';
}

/**
 * Who is calling a BI endpoint: an API key (verified by the directory on every request) or an
 * account's token with role BI_READER, LEADER or ADMIN. Missing or wrong credentials → 401 with a
 * Basic challenge (so Excel and Power BI prompt for the key); an account without those roles → 403.
 */
export function createBiCallerAuthenticator(options: {
  authenticateToken: (req: IncomingMessage) => Promise<RequestAuthentication>;
  verifyApiKey: ApiKeyVerifier;
}) {
  return async (req: IncomingMessage): Promise<BiCaller> => {
    const key = apiKeyOf(req.headers.authorization);
    if (key === '') throw new BiHttpError(401, 'API_KEY_INVALID', 'API 密钥无效：请在密码栏填写系统管理中创建的 API 密钥（jgk_ 开头）', BASIC_CHALLENGE);
    if (key) return options.verifyApiKey(key);
    let viewer: RequestAuthentication['viewer'];
    try {
      viewer = (await options.authenticateToken(req)).viewer;
    } catch (error) {
      if (error instanceof HubError) throw new BiHttpError(401, 'UNAUTHENTICATED', error.message, BASIC_CHALLENGE);
      throw error;
    }
    if (!viewer) throw new BiHttpError(401, 'UNAUTHENTICATED', '请提供 API 密钥（HTTP Basic 的密码，或 Authorization: Bearer jgk_…）或登录凭证', BASIC_CHALLENGE);
    if (!hasRole(viewer, 'BI_READER', 'LEADER', 'ADMIN')) throw new BiHttpError(403, 'FORBIDDEN', '读取 BI 数据集需要 BI_READER、LEADER 或 ADMIN 角色');
    const units = visibleUnitIds(viewer);
    return { kind: 'account', name: viewer.username, datasets: null, unitIds: units === null ? null : [...units] };
  };
}

export type BiCallerAuthenticator = ReturnType<typeof createBiCallerAuthenticator>;
