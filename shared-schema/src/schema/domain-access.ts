import { hasRole, type Role } from '../auth/viewer.ts';
import { canSeeUnit, visibleUnitIds } from '../auth/visible-unit-ids.ts';
import type { HubContext } from '../context.ts';

/**
 * The field scopes of a domain, from who may read and who may write it. Which rows a reader sees
 * is the scope rules' business (scope/); these decide who may ask at all.
 */
export function domainAccess(roles: { readers: readonly Role[]; writers: readonly Role[] }) {
  const readers = [...roles.readers];
  const writers = [...roles.writers];
  return {
    readers,
    writers,
    /** Fields every reader of the domain may query. */
    read: { anyRole: readers },
    /** Mutations of staff and admins. */
    write: { anyRole: writers },
    /** A unit's records (fields on Organization): for readers whose data scope includes that unit. */
    readUnit: (unit: { id: string }, _args: unknown, context: HubContext) =>
      context.viewer !== null && hasRole(context.viewer, ...readers) && canSeeUnit(context.viewer, unit.id),
    /** District-wide figures: for readers who see every unit. */
    readFigures: (_parent: unknown, _args: unknown, context: HubContext) =>
      context.viewer !== null && hasRole(context.viewer, ...readers) && visibleUnitIds(context.viewer) === null,
  };
}
