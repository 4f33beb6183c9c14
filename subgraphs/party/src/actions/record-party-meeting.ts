import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { BadUserInputError, refusalError } from '@jiguan/shared-schema/errors';
import { businessDate } from '@jiguan/shared-schema/time/business-date';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { PartyActionContext } from '../context.ts';
import { branchManagerRefusal } from '../domain/access.ts';
import type { RecordPartyMeetingInput } from '../schema/party-meeting.ts';
import { requirePartyOrganization } from './require-party-organization.ts';

export type PartyMeetingQuery = Pick<Prisma.MeetingFindUniqueArgs, 'select' | 'include'>;

/**
 * Records a meeting of an organisation with who attended: a 中心组学习 of the 党组, or one of
 * 三会一课 / a 主题党日 of a branch; by Party staff or the branch's secretary. Attendees are the
 * organisation's members (and those of its branches) or its committee.
 */
export async function recordPartyMeeting({ actor, db }: PartyActionContext, input: typeof RecordPartyMeetingInput.$inferInput, query?: PartyMeetingQuery) {
  if (input.heldOn > businessDate()) throw new BadUserInputError('日期不能晚于今天', 'input.heldOn', { reason: 'DATE_IN_FUTURE' });
  const people = input.attendance.map((entry) => entry.personId);
  if (new Set(people).size !== people.length) throw new BadUserInputError('同一人只能登记一次', 'input.attendance', { reason: 'DUPLICATE_ATTENDEE' });
  return db.$transaction(async (tx) => {
    const organization = await requirePartyOrganization(tx, input.partyOrganizationId, 'input.partyOrganizationId');
    if ((input.kind === 'CENTRAL_GROUP_STUDY') !== (organization.kind === 'LEADERSHIP_GROUP')) {
      throw new BadUserInputError('中心组学习属于党组，三会一课与主题党日属于支部', 'input.kind', { reason: 'MEETING_KIND_NOT_FOR_ORGANIZATION', params: { kind: input.kind } });
    }
    const refusal = branchManagerRefusal(actor, organization);
    if (refusal) throw refusalError(refusal);
    const [members, committee] = await Promise.all([
      tx.partyMember.findMany({
        where: { personId: { in: people }, status: { in: ['PROBATIONARY', 'FULL'] }, OR: [{ branchId: organization.id }, { branch: { parentId: organization.id } }] },
        select: { personId: true },
      }),
      tx.committeeMember.findMany({ where: { partyOrganizationId: organization.id, personId: { in: people } }, select: { personId: true } }),
    ]);
    const known = new Set([...members, ...committee].map((row) => row.personId));
    const stranger = people.findIndex((id) => !known.has(id));
    if (stranger >= 0) {
      throw new BadUserInputError(`第 ${stranger + 1} 位参会人不是${organization.name}的党员或委员`, `input.attendance.${stranger}.personId`, {
        reason: 'NOT_A_MEMBER_OF_BRANCH',
        params: { person: people[stranger]!, branch: organization.name },
      });
    }
    const meeting = await tx.meeting.create({
      ...query,
      data: {
        partyOrganizationId: organization.id,
        kind: input.kind,
        heldOn: input.heldOn,
        topic: input.topic,
        place: input.place,
        attendance: { create: input.attendance.map((entry) => ({ personId: entry.personId, present: entry.present, absenceReason: entry.present ? null : entry.absenceReason })) },
      },
    });
    await recordAudit(tx, {
      actor,
      action: 'meeting.record',
      entity: 'Meeting',
      entityId: meeting.id,
      before: null,
      after: { meeting: auditSnapshot(meeting), attendance: input.attendance },
    });
    return meeting;
  });
}
