import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { PartyActionContext } from '../context.ts';
import type { DeclareMemberIncomeInput } from '../schema/party-member.ts';
import type { PartyMemberQuery } from './member-query.ts';
import { requireActiveMember } from './require-member.ts';

/** The member's declared monthly income, which the dues of the months paid from now on are computed from. */
export async function declareMemberIncome({ actor, db }: PartyActionContext, input: typeof DeclareMemberIncomeInput.$inferInput, query?: PartyMemberQuery) {
  return db.$transaction(async (tx) => {
    const member = await requireActiveMember(tx, input.memberId, 'input.memberId');
    const after = await tx.partyMember.update({ ...query, where: { id: member.id }, data: { monthlyIncome: input.monthlyIncome } });
    await recordAudit(tx, {
      actor,
      action: 'partyMember.declareIncome',
      entity: 'PartyMember',
      entityId: member.id,
      before: { monthlyIncome: member.monthlyIncome.toFixed(2) },
      after: { monthlyIncome: input.monthlyIncome },
    });
    return after;
  });
}
