import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { BadUserInputError } from '@jiguan/shared-schema/errors';
import type { PartyActionContext } from '../context.ts';
import type { RemoveCommitteeMemberInput } from '../schema/party-organization.ts';
import type { PartyOrganizationQuery } from './party-organization-query.ts';
import { requirePartyOrganization } from './require-party-organization.ts';

/** Takes a person off an organisation's committee; a secretary leaves the post empty until another is set. */
export async function removeCommitteeMember({ actor, db }: PartyActionContext, input: typeof RemoveCommitteeMemberInput.$inferInput, query?: PartyOrganizationQuery) {
  return db.$transaction(async (tx) => {
    const organization = await requirePartyOrganization(tx, input.partyOrganizationId, 'input.partyOrganizationId');
    const key = { partyOrganizationId_personId: { partyOrganizationId: organization.id, personId: input.personId } };
    const member = await tx.committeeMember.findUnique({ where: key });
    if (!member) throw new BadUserInputError('此人不在该党组织的委员会中', 'input.personId', { reason: 'NOT_ON_COMMITTEE' });
    await tx.committeeMember.delete({ where: key });
    if (organization.secretaryPersonId === input.personId) await tx.partyOrganization.update({ where: { id: organization.id }, data: { secretaryPersonId: null } });
    await recordAudit(tx, { actor, action: 'partyOrganization.removeCommitteeMember', entity: 'PartyOrganization', entityId: organization.id, before: member, after: null });
    return tx.partyOrganization.findUniqueOrThrow({ ...query, where: { id: organization.id } });
  });
}
