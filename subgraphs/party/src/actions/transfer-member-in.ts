import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { ConflictError } from '@jiguan/shared-schema/errors';
import type { PartyActionContext, PartyContext } from '../context.ts';
import type { TransferMemberInInput } from '../schema/party-member.ts';
import type { PartyMemberQuery } from './member-query.ts';
import { requirePartyOrganization } from './require-party-organization.ts';

/** 组织关系转入: a member's membership moves into one of the bureau's branches (back in, when they had left). */
export async function transferMemberIn(
  { actor, db }: PartyActionContext,
  directory: Pick<PartyContext, 'requireDirectoryPeople'>,
  input: typeof TransferMemberInInput.$inferInput,
  query?: PartyMemberQuery,
) {
  await directory.requireDirectoryPeople([input.personId], 'input.personId');
  return db.$transaction(async (tx) => {
    await requirePartyOrganization(tx, input.branchId, 'input.branchId', ['BRANCH']);
    const { transferredOn, counterpart, note, ...membership } = input;
    const existing = await tx.partyMember.findUnique({ where: { personId: input.personId } });
    if (existing && (existing.status === 'PROBATIONARY' || existing.status === 'FULL')) {
      throw new ConflictError('此人已是本单位党员', { reason: 'ALREADY_MEMBER' });
    }
    const data = { ...membership, fullOn: membership.status === 'FULL' ? membership.fullOn : null };
    const member = existing ? await tx.partyMember.update({ where: { id: existing.id }, data }) : await tx.partyMember.create({ data });
    const transfer = await tx.membershipTransfer.create({ data: { memberId: member.id, direction: 'IN', transferredOn, counterpart, note } });
    await recordAudit(tx, {
      actor,
      action: 'partyMember.transferIn',
      entity: 'PartyMember',
      entityId: member.id,
      before: existing ? auditSnapshot(existing) : null,
      after: { partyMember: auditSnapshot(member), transfer: auditSnapshot(transfer) },
    });
    return tx.partyMember.findUniqueOrThrow({ ...query, where: { id: member.id } });
  });
}
