import { UnauthenticatedError } from '@jiguan/shared-schema/errors';
import type { TokenSettings } from '../auth/issue-token.ts';
import type { LoginThrottle } from '../auth/login-throttle.ts';
import { prisma } from '../db.ts';
import { verifyPassword } from '../domain/password.ts';
import { sessionToken } from './session-token.ts';

/**
 * Checks the password and issues a token; every refusal looks the same from outside (unknown
 * user, wrong password, disabled account). Reads with the plain client: nobody is signed in yet.
 * The throttle is asked first, so an attempt made too soon learns nothing about the password.
 */
export async function signIn(input: { username: string; password: string }, settings: TokenSettings, throttle: LoginThrottle, address: string) {
  await throttle.check(input.username, address);
  const account = await prisma.userAccount.findUnique({ where: { username: input.username.trim() }, include: { person: true } });
  // Always hash, so the time taken does not tell whether the username exists.
  const passwordOk = await verifyPassword(input.password, account?.passwordHash ?? null);
  if (!account || !passwordOk || account.disabled) {
    await throttle.failed(input.username, address);
    throw new UnauthenticatedError('用户名或密码错误，或账号已停用', { reason: 'LOGIN_REFUSED' });
  }
  await throttle.succeeded(input.username, address);
  const signedIn = await prisma.userAccount.update({ where: { id: account.id }, data: { lastLoginAt: new Date() }, include: { person: true } });
  return sessionToken(signedIn, settings);
}
