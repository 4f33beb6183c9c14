import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { PartyActionContext, PartyContext } from '../context.ts';
import type { SetCommitteeMemberInput } from '../schema/party-organization.ts';
import type { PartyOrganizationQuery } from './party-organization-query.ts';
import { requirePartyOrganization } from './require-party-organization.ts';

/** Puts a person on an organisation's committee in a position (or moves them to another); the secretary's position also names the organisation's secretary. */
export async function setCommitteeMember(
  { actor, db }: PartyActionContext,
  directory: Pick<PartyContext, 'requireDirectoryPeople'>,
  input: typeof SetCommitteeMemberInput.$inferInput,
  query?: PartyOrganizationQuery,
) {
  await directory.requireDirectoryPeople([input.personId], 'input.personId');
  return db.$transaction(async (tx) => {
    const organization = await requirePartyOrganization(tx, input.partyOrganizationId, 'input.partyOrganizationId');
    const key = { partyOrganizationId_personId: { partyOrganizationId: organization.id, personId: input.personId } };
    const before = await tx.committeeMember.findUnique({ where: key });
    const member = await tx.committeeMember.upsert({ where: key, create: input, update: { position: input.position } });
    if (input.position === 'SECRETARY') {
      // One secretary: the one before stays on the committee as a member.
      await tx.committeeMember.updateMany({ where: { partyOrganizationId: organization.id, position: 'SECRETARY', NOT: { personId: input.personId } }, data: { position: 'MEMBER' } });
      await tx.partyOrganization.update({ where: { id: organization.id }, data: { secretaryPersonId: input.personId } });
    } else if (organization.secretaryPersonId === input.personId) {
      await tx.partyOrganization.update({ where: { id: organization.id }, data: { secretaryPersonId: null } });
    }
    await recordAudit(tx, { actor, action: 'partyOrganization.setCommitteeMember', entity: 'PartyOrganization', entityId: organization.id, before, after: member });
    return tx.partyOrganization.findUniqueOrThrow({ ...query, where: { id: organization.id } });
  });
}
