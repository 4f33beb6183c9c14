import { hasRole, type Role, type Viewer } from '@jiguan/shared-schema/auth/viewer';
import type { Refusal } from '@jiguan/shared-schema/errors';
import { domainAccess } from '@jiguan/shared-schema/schema/domain-access';

/** Roles that may read this domain: staff, admins and leaders every row; unit users their own records and their branch's. */
export const PARTY_READERS: Role[] = ['ADMIN', 'LEADER', 'PARTY_STAFF', 'UNIT_USER'];
/** Roles that may change anything in this domain. */
export const PARTY_WRITERS: Role[] = ['ADMIN', 'PARTY_STAFF'];
/**
 * Roles that may take a branch's own steps (record its meetings, its dues, its candidates' steps):
 * Party staff for every branch, a unit user for the branch whose secretary they are ({@link branchManagerRefusal}).
 */
export const BRANCH_MANAGERS: Role[] = [...PARTY_WRITERS, 'UNIT_USER'];

/** The field scopes of the party domain. */
export const partyAccess = domainAccess({ readers: PARTY_READERS, writers: PARTY_WRITERS });

/**
 * Who sees every row of the domain. Members' records are personal: another department's staff,
 * whose data scope is every unit, still sees only what the scope rules give them (their own rows).
 */
export const seesEveryPartyRow = (viewer: Viewer): boolean => hasRole(viewer, 'ADMIN', 'LEADER', 'PARTY_STAFF');

/** Whether the viewer manages the branch: Party staff, or its secretary. */
export function canManageBranch(viewer: Viewer | null, branch: { secretaryPersonId: string | null }): boolean {
  if (!viewer) return false;
  return hasRole(viewer, ...PARTY_WRITERS) || (viewer.personId !== null && branch.secretaryPersonId === viewer.personId);
}

/** The refusal of a branch's step to anyone but Party staff and the branch's secretary. */
export function branchManagerRefusal(viewer: Viewer, branch: { name: string; secretaryPersonId: string | null }): Refusal | null {
  if (canManageBranch(viewer, branch)) return null;
  return { code: 'FORBIDDEN', reason: 'NOT_BRANCH_SECRETARY', message: `只有党建办或${branch.name}书记可以办理`, params: { branch: branch.name } };
}

