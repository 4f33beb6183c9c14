import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { BadUserInputError, ConflictError, refusalError } from '@jiguan/shared-schema/errors';
import { businessDate } from '@jiguan/shared-schema/time/business-date';
import type { PartyActionContext, PartyContext } from '../context.ts';
import { branchManagerRefusal } from '../domain/access.ts';
import type { ApplyForMembershipInput } from '../schema/candidate.ts';
import type { CandidateQuery } from './candidate-workflow.ts';
import { requirePartyOrganization } from './require-party-organization.ts';

/** 递交入党申请书: a person applies to a branch; Party staff or the branch's secretary records it. */
export async function applyForMembership(
  { actor, db }: PartyActionContext,
  directory: Pick<PartyContext, 'requireDirectoryPeople'>,
  input: typeof ApplyForMembershipInput.$inferInput,
  query?: CandidateQuery,
) {
  if (input.appliedOn > businessDate()) throw new BadUserInputError('日期不能晚于今天', 'input.appliedOn', { reason: 'DATE_IN_FUTURE' });
  await directory.requireDirectoryPeople([input.personId], 'input.personId');
  return db.$transaction(async (tx) => {
    const branch = await requirePartyOrganization(tx, input.branchId, 'input.branchId', ['BRANCH']);
    const refusal = branchManagerRefusal(actor, branch);
    if (refusal) throw refusalError(refusal);
    const member = await tx.partyMember.findUnique({ where: { personId: input.personId }, select: { status: true } });
    if (member && (member.status === 'PROBATIONARY' || member.status === 'FULL')) throw new ConflictError('此人已是党员', { reason: 'ALREADY_MEMBER' });
    const open = await tx.candidate.findFirst({ where: { personId: input.personId, stage: { notIn: ['FULL', 'CANCELLED'] } }, select: { id: true } });
    if (open) throw new ConflictError('此人已在发展流程中', { reason: 'ALREADY_CANDIDATE' });
    const candidate = await tx.candidate.create({ ...query, data: { personId: input.personId, branchId: branch.id, appliedOn: input.appliedOn } });
    await recordAudit(tx, { actor, action: 'candidate.apply', entity: 'Candidate', entityId: candidate.id, before: null, after: auditSnapshot(candidate) });
    return candidate;
  });
}
