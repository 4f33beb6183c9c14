import { hasRole, type Viewer } from './viewer.ts';

/**
 * THE data-scope rule of the hub: the units whose rows a viewer may see, or null for every unit.
 * It is the data scope the directory resolved at login and put into the token (ALL → null;
 * DEPARTMENT → the own unit; UNIT_AND_CHILDREN → the own unit and those below it; SELF → none, only
 * the viewer's own records). A unit user is never unlimited, whatever scope the token carries: a
 * UNIT_USER account without a staff or leader role sees at most its own units.
 */
export function visibleUnitIds(viewer: Viewer): readonly string[] | null {
  if (viewer.organizationIds !== null) return viewer.organizationIds;
  if (hasRole(viewer, 'UNIT_USER') && !hasRole(viewer, ...UNLIMITED_ROLES)) return viewer.organizationId ? [viewer.organizationId] : [];
  return null;
}

/** Roles whose accounts may be given scope ALL; any other account with scope ALL is capped to its unit. */
const UNLIMITED_ROLES = ['ADMIN', 'LEADER', 'ASSETS_STAFF', 'SERVICES_STAFF', 'FINANCE_STAFF', 'PARTY_STAFF', 'BI_READER'] as const;

/** True when the viewer may see rows of `organizationId` under their data scope. */
export function canSeeUnit(viewer: Viewer, organizationId: string | null | undefined): boolean {
  const units = visibleUnitIds(viewer);
  return units === null || (organizationId != null && units.includes(organizationId));
}
