import { hasRole, type Viewer } from '@jiguan/shared-schema/auth/viewer';
import { BadUserInputError, ForbiddenError } from '@jiguan/shared-schema/errors';
import type { DirectoryChecks } from '../context.ts';
import { SERVICES_WRITERS } from '../domain/access.ts';

/**
 * The unit and person a unit user's record is for: a unit user books, registers and files for its
 * own unit (and as itself unless it names a colleague); staff name both, confirmed by the directory.
 * Called before the action's transaction opens.
 */
export async function bookerUnit(
  actor: Viewer,
  directory: DirectoryChecks,
  input: { organizationId?: string | null; personId?: string | null },
  fields: { unit: string; person: string },
): Promise<{ organizationId: string; personId: string; asked: boolean }> {
  const staff = hasRole(actor, ...SERVICES_WRITERS);
  let organizationId = input.organizationId ?? null;
  if (!staff) {
    if (!actor.organizationId) throw new ForbiddenError('账号未归属单位', { reason: 'NO_OWN_UNIT' });
    if (organizationId && organizationId !== actor.organizationId) {
      throw new BadUserInputError('只能为本单位办理', fields.unit, { reason: 'NOT_OWN_UNIT' });
    }
    organizationId = actor.organizationId;
  } else if (!organizationId) {
    throw new BadUserInputError('请选择单位', fields.unit, { reason: 'TEXT_REQUIRED' });
  } else {
    await directory.requireDirectoryUnit(organizationId, fields.unit);
  }
  const personId = input.personId ?? actor.personId;
  if (!personId) throw new BadUserInputError('请选择经办人', fields.person, { reason: 'TEXT_REQUIRED' });
  if (personId !== actor.personId) await directory.requireDirectoryPeople([personId], fields.person);
  return { organizationId, personId, asked: staff };
}
