import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { UnauthenticatedError } from '@jiguan/shared-schema/errors';
import type { TokenSettings } from '../auth/issue-token.ts';
import { prisma } from '../db.ts';
import { sessionToken } from './session-token.ts';

/**
 * A fresh token for a still-valid one, re-reading the account (with the plain client: it is the
 * viewer's own) so changed roles apply and a disabled account cannot keep itself alive.
 */
export async function refreshSession(viewer: Viewer, settings: TokenSettings) {
  const account = await prisma.userAccount.findUnique({ where: { id: viewer.accountId }, include: { person: true } });
  if (!account || account.disabled) throw new UnauthenticatedError('账号已停用，请联系管理员', { reason: 'ACCOUNT_DISABLED' });
  return sessionToken(account, settings);
}
