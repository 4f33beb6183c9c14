import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { ConflictError } from '@jiguan/shared-schema/errors';
import { isUniqueViolation } from '@jiguan/db/prisma-errors';
import type { PartyActionContext, PartyContext } from '../context.ts';
import type { CreatePartyOrganizationInput } from '../schema/party-organization.ts';
import type { PartyOrganizationQuery } from './party-organization-query.ts';
import { registerUnit } from './register-unit.ts';
import { requirePartyOrganization } from './require-party-organization.ts';

/** Sets up a Party organisation (a new branch, the joint branch …) in a unit, with its first term and secretary. */
export async function createPartyOrganization(
  { actor, db }: PartyActionContext,
  directory: Pick<PartyContext, 'requireDirectoryUnit' | 'requireDirectoryPeople'>,
  input: typeof CreatePartyOrganizationInput.$inferInput,
  query?: PartyOrganizationQuery,
) {
  await directory.requireDirectoryUnit(input.organizationId, 'input.organizationId');
  if (input.secretaryPersonId) await directory.requireDirectoryPeople([input.secretaryPersonId], 'input.secretaryPersonId');
  try {
    return await db.$transaction(async (tx) => {
      if (input.parentId) await requirePartyOrganization(tx, input.parentId, 'input.parentId', ['GENERAL_BRANCH']);
      await registerUnit(tx, input.organizationId);
      const organization = await tx.partyOrganization.create({ ...query, data: input });
      await recordAudit(tx, { actor, action: 'partyOrganization.create', entity: 'PartyOrganization', entityId: organization.id, before: null, after: auditSnapshot(organization) });
      return organization;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`已有名为“${input.name}”的党组织`, { reason: 'NAME_TAKEN', params: { name: input.name } });
    throw error;
  }
}
