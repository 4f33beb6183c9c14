import { canSeeOrganization, type Viewer } from '@jiguan/shared-schema/auth/viewer';
import type { Person, Prisma } from '../../prisma/generated/client.ts';

/** The people a viewer may see: everyone (ALL), those of their units, or only themselves (SELF). */
export function visiblePeopleWhere(viewer: Viewer): Prisma.PersonWhereInput {
  if (viewer.organizationIds === null) return {};
  if (viewer.dataScope === 'SELF') return { id: viewer.personId ?? '' };
  return { organizationId: { in: [...viewer.organizationIds] } };
}

/** The same rule as {@link visiblePeopleWhere}, for one loaded person. */
export function canSeePerson(viewer: Viewer, person: Pick<Person, 'id' | 'organizationId'>): boolean {
  if (viewer.dataScope === 'SELF') return person.id === viewer.personId;
  return canSeeOrganization(viewer, person.organizationId);
}
