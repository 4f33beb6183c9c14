import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import type { Person, UserAccount } from '../../prisma/generated/client.ts';
import { issueToken, type TokenSettings } from '../auth/issue-token.ts';
import { prisma } from '../db.ts';
import { scopeOrganizationIds } from '../domain/data-scope.ts';

/**
 * The viewer an account signs in as: its roles and the data scope resolved over the unit tree.
 * Read with the plain client: signing in happens before there is a viewer whose scope could apply.
 */
async function viewerOf(account: UserAccount & { person: Person | null }): Promise<Viewer> {
  const organizationId = account.person?.organizationId ?? null;
  const tree = account.dataScope === 'UNIT_AND_CHILDREN' ? await prisma.organization.findMany({ select: { id: true, parentId: true } }) : [];
  return {
    accountId: account.id,
    sessionVersion: account.sessionVersion,
    username: account.username,
    personId: account.personId,
    organizationId,
    roles: account.roles,
    dataScope: account.dataScope,
    organizationIds: scopeOrganizationIds(account.dataScope, organizationId, tree),
  };
}

/** A signed token for the account, with the viewer it carries. */
export async function sessionToken(account: UserAccount & { person: Person | null }, settings: TokenSettings) {
  const viewer = await viewerOf(account);
  const { token, expiresAt } = await issueToken(viewer, settings);
  return { token, expiresAt, account, viewer };
}
