import { localSessionVersions, type SessionVersionTable } from '@jiguan/shared-schema/auth/session-versions';
import { prisma } from '../db.ts';

/** The directory's table of raised session versions (read from the database, see server.ts), which it serves to the other services. */
export const sessionTable = localSessionVersions();

/** Every raised version in the database, which every directory replica writes. */
export async function raisedSessionVersions(): Promise<SessionVersionTable> {
  const accounts = await prisma.userAccount.findMany({ where: { sessionVersion: { gt: 0 } }, select: { id: true, sessionVersion: true } });
  return Object.fromEntries(accounts.map((a) => [a.id, a.sessionVersion]));
}

/** After a committed change that ended an account's sessions: puts its new version into the table. */
export async function sessionsEnded(accountId: string): Promise<void> {
  const account = await prisma.userAccount.findUnique({ where: { id: accountId }, select: { sessionVersion: true } });
  if (account) sessionTable.raise(accountId, account.sessionVersion);
}
