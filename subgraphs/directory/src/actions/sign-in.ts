import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { UnauthenticatedError } from '@jiguan/shared-schema/errors';
import type { Person, UserAccount } from '../../prisma/generated/client.ts';
import { issueToken, type TokenSettings } from '../auth/issue-token.ts';
import { prisma } from '../db.ts';
import { scopeOrganizationIds } from '../domain/data-scope.ts';
import { verifyPassword } from '../domain/password.ts';

/** One message for unknown user, wrong password and disabled account: nothing is revealed. */
const REFUSED = '用户名或密码错误，或账号已停用';

async function viewerOf(account: UserAccount & { person: Person | null }): Promise<Viewer> {
  const organizationId = account.person?.organizationId ?? null;
  const tree = account.dataScope === 'UNIT_AND_CHILDREN' ? await prisma.organization.findMany({ select: { id: true, parentId: true } }) : [];
  return {
    accountId: account.id,
    username: account.username,
    personId: account.personId,
    organizationId,
    roles: account.roles,
    dataScope: account.dataScope,
    organizationIds: scopeOrganizationIds(account.dataScope, organizationId, tree),
  };
}

async function tokenFor(account: UserAccount & { person: Person | null }, settings: TokenSettings) {
  const { token, expiresAt } = await issueToken(await viewerOf(account), settings);
  return { token, expiresAt, account };
}

/** Checks the password and issues a token; every refusal looks the same from outside. */
export async function signIn(username: string, password: string, settings: TokenSettings) {
  const account = await prisma.userAccount.findUnique({ where: { username: username.trim() }, include: { person: true } });
  // Always hash, so the time taken does not tell whether the username exists.
  const passwordOk = await verifyPassword(password, account?.passwordHash ?? null);
  if (!account || !passwordOk || account.disabled) throw new UnauthenticatedError(REFUSED);
  const signedIn = await prisma.userAccount.update({ where: { id: account.id }, data: { lastLoginAt: new Date() }, include: { person: true } });
  return tokenFor(signedIn, settings);
}

/**
 * A fresh token for a still-valid one, re-reading the account so changed roles apply and a
 * disabled account cannot keep itself alive.
 */
export async function refreshSession(viewer: Viewer, settings: TokenSettings) {
  const account = await prisma.userAccount.findUnique({ where: { id: viewer.accountId }, include: { person: true } });
  if (!account || account.disabled) throw new UnauthenticatedError('账号已停用，请联系管理员');
  return tokenFor(account, settings);
}
