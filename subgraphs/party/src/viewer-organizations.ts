import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { prisma } from './db.ts';
import { seesEveryPartyRow } from './domain/access.ts';

/**
 * The Party organisations whose activities a viewer sees (the scope rules' `groups`): the branch
 * they are a member of and those they are secretary of, with the organisations above them (the
 * general branch's activities are its branches' members' too). Read with the plain client, as part
 * of building the request's scope, before there is a scoped one; null for who sees every row.
 */
export async function viewerPartyOrganizations(viewer: Viewer | null): Promise<string[] | null> {
  if (viewer && seesEveryPartyRow(viewer)) return null;
  if (!viewer?.personId) return [];
  const personId = viewer.personId;
  const own = await prisma.partyOrganization.findMany({
    where: { OR: [{ secretaryPersonId: personId }, { members: { some: { personId, status: { in: ['PROBATIONARY', 'FULL'] } } } }] },
    select: { id: true, parentId: true },
  });
  return [...new Set(own.flatMap((organization) => [organization.id, ...(organization.parentId ? [organization.parentId] : [])]))].sort();
}
