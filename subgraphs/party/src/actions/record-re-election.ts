import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { BadUserInputError } from '@jiguan/shared-schema/errors';
import { businessDate } from '@jiguan/shared-schema/time/business-date';
import type { PartyActionContext, PartyContext } from '../context.ts';
import type { RecordReElectionInput } from '../schema/party-organization.ts';
import type { PartyOrganizationQuery } from './party-organization-query.ts';
import { requirePartyOrganization } from './require-party-organization.ts';

/** 换届: the organisation elected its new committee; its term becomes the new one and the elected secretary its secretary. */
export async function recordReElection(
  { actor, db }: PartyActionContext,
  directory: Pick<PartyContext, 'requireDirectoryPeople'>,
  input: typeof RecordReElectionInput.$inferInput,
  query?: PartyOrganizationQuery,
) {
  if (input.heldOn > businessDate()) throw new BadUserInputError('日期不能晚于今天', 'input.heldOn', { reason: 'DATE_IN_FUTURE' });
  await directory.requireDirectoryPeople([input.secretaryPersonId], 'input.secretaryPersonId');
  return db.$transaction(async (tx) => {
    const organization = await requirePartyOrganization(tx, input.partyOrganizationId, 'input.partyOrganizationId');
    const { partyOrganizationId, ...election } = input;
    const reElection = await tx.reElection.create({ data: { ...election, partyOrganizationId, previousTermEndOn: organization.termEndOn } });
    const after = await tx.partyOrganization.update({
      where: { id: organization.id },
      data: { termStartOn: input.termStartOn, termEndOn: input.termEndOn, secretaryPersonId: input.secretaryPersonId },
    });
    await tx.committeeMember.upsert({
      where: { partyOrganizationId_personId: { partyOrganizationId, personId: input.secretaryPersonId } },
      create: { partyOrganizationId, personId: input.secretaryPersonId, position: 'SECRETARY' },
      update: { position: 'SECRETARY' },
    });
    await tx.committeeMember.updateMany({ where: { partyOrganizationId, position: 'SECRETARY', NOT: { personId: input.secretaryPersonId } }, data: { position: 'MEMBER' } });
    await recordAudit(tx, {
      actor,
      action: 'partyOrganization.reElect',
      entity: 'PartyOrganization',
      entityId: organization.id,
      before: auditSnapshot(organization),
      after: { partyOrganization: auditSnapshot(after), reElection: auditSnapshot(reElection) },
    });
    return tx.partyOrganization.findUniqueOrThrow({ ...query, where: { id: organization.id } });
  });
}
