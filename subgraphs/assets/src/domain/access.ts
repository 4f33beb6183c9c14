import { hasRole, type Role, type Viewer } from '@jiguan/shared-schema/auth/viewer';

/** Roles that may read this domain: staff and admins everything, leaders everything, unit users their unit's. */
export const ASSETS_READERS: Role[] = ['ADMIN', 'ASSETS_STAFF', 'LEADER', 'UNIT_USER'];
/** Roles that may change anything in this domain. */
export const ASSETS_WRITERS: Role[] = ['ADMIN', 'ASSETS_STAFF'];
/** Roles that may file a warehouse request (unit users for their own unit only). */
export const WAREHOUSE_REQUESTERS: Role[] = ['ADMIN', 'ASSETS_STAFF', 'UNIT_USER'];

/**
 * The units whose records the viewer may see; null means every unit. A unit user is never
 * unlimited, whatever data scope the token carries: without unit ids in it, they see their own unit.
 */
export function visibleUnitIds(viewer: Viewer): readonly string[] | null {
  if (hasRole(viewer, 'ADMIN', 'ASSETS_STAFF', 'LEADER')) return null;
  return hasRole(viewer, 'UNIT_USER') ? ownUnitIds(viewer) : [];
}

function ownUnitIds(viewer: Viewer): readonly string[] {
  return viewer.organizationIds ?? (viewer.organizationId ? [viewer.organizationId] : []);
}

export function canSeeUnit(viewer: Viewer, unitId: string | null | undefined): boolean {
  const units = visibleUnitIds(viewer);
  return units === null || (unitId != null && units.includes(unitId));
}

/** Whether the viewer may act for `unitId` as a requester: staff for any unit, a unit user for their own. */
export function canActForUnit(viewer: Viewer, unitId: string): boolean {
  return hasRole(viewer, ...ASSETS_WRITERS) || (hasRole(viewer, 'UNIT_USER') && ownUnitIds(viewer).includes(unitId));
}
