import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { ConflictError } from '@jiguan/shared-schema/errors';
import type { PartyActionContext } from '../context.ts';
import type { TransferMemberOutInput } from '../schema/party-member.ts';
import type { PartyMemberQuery } from './member-query.ts';
import { requireActiveMember } from './require-member.ts';

/** 组织关系转出: the membership leaves the bureau's branches for another organisation. */
export async function transferMemberOut({ actor, db }: PartyActionContext, input: typeof TransferMemberOutInput.$inferInput, query?: PartyMemberQuery) {
  return db.$transaction(async (tx) => {
    const member = await requireActiveMember(tx, input.memberId, 'input.memberId');
    // Conditional on the state it was read in: of two transfers at once, one moves it.
    const moved = await tx.partyMember.updateMany({ where: { id: member.id, status: member.status }, data: { status: 'TRANSFERRED_OUT' } });
    if (moved.count === 0) throw new ConflictError('党员信息已被他人处理，请刷新后重试', { reason: 'LOST_RACE', params: { what: '党员' } });
    const transfer = await tx.membershipTransfer.create({
      data: { memberId: member.id, direction: 'OUT', transferredOn: input.transferredOn, counterpart: input.counterpart, note: input.note },
    });
    await recordAudit(tx, { actor, action: 'partyMember.transferOut', entity: 'PartyMember', entityId: member.id, before: auditSnapshot(member), after: { transfer: auditSnapshot(transfer) } });
    return tx.partyMember.findUniqueOrThrow({ ...query, where: { id: member.id } });
  });
}
