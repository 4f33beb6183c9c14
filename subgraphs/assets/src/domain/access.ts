import { hasRole, type Role, type Viewer } from '@jiguan/shared-schema/auth/viewer';
import { canSeeUnit } from '@jiguan/shared-schema/auth/visible-unit-ids';
import { domainAccess } from '@jiguan/shared-schema/schema/domain-access';

/** Roles that may read this domain: staff, admins and leaders every unit's records, unit users their own units'. */
export const ASSETS_READERS: Role[] = ['ADMIN', 'ASSETS_STAFF', 'LEADER', 'UNIT_USER'];
/** Roles that may change anything in this domain. */
export const ASSETS_WRITERS: Role[] = ['ADMIN', 'ASSETS_STAFF'];
/** Roles that may file a warehouse request (unit users for their own unit only). */
export const WAREHOUSE_REQUESTERS: Role[] = ['ADMIN', 'ASSETS_STAFF', 'UNIT_USER'];

/** The field scopes of the assets domain. */
export const assetsAccess = domainAccess({ readers: ASSETS_READERS, writers: ASSETS_WRITERS });

/** Whether the viewer may act for `unitId` as a requester: staff for any unit, a unit user for the units in their scope. */
export function canActForUnit(viewer: Viewer, unitId: string): boolean {
  return hasRole(viewer, ...ASSETS_WRITERS) || (hasRole(viewer, 'UNIT_USER') && canSeeUnit(viewer, unitId));
}
