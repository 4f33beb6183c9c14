import { defineScopeRules, EVERYONE, type SelfRule } from '@jiguan/shared-schema/scope/scope-rules';
import type { Prisma } from '../prisma/generated/client.ts';

const person = (column: string): SelfRule => ({ column, is: 'person' });

/**
 * Which rows of the party domain a viewer sees beyond Party staff, leaders and admins, who see
 * every row (domain/access.ts `seesEveryPartyRow`; another department's staff is not among them).
 * - The organisations and their terms are open to every reader of the domain.
 * - A member's records (membership, dues, transfers, development) are personal: the person's own,
 *   and the secretary's of their branch.
 * - An organisation's activities (meetings, education, letters, honours, rectification tasks) are
 *   visible in the unit it is set up in, and to its secretary; attendance and signatures also to the
 *   person named.
 */
export const partyScopeRules = defineScopeRules<Prisma.ModelName>({
  rules: {
    Organization: EVERYONE,
    PartyOrganization: EVERYONE,
    CommitteeMember: EVERYONE,
    ReElection: EVERYONE,
    PartyMember: { units: [], self: [person('personId'), person('branch.secretaryPersonId')] },
    MembershipTransfer: { units: [], self: [person('member.personId'), person('member.branch.secretaryPersonId')] },
    DuesPayment: { units: [], self: [person('member.personId'), person('member.branch.secretaryPersonId')] },
    Candidate: { units: [], self: [person('personId'), person('branch.secretaryPersonId')] },
    CandidateStep: { units: [], self: [person('candidate.personId'), person('candidate.branch.secretaryPersonId')] },
    Meeting: { units: ['partyOrganization.organizationId'], self: person('partyOrganization.secretaryPersonId') },
    MeetingAttendance: {
      units: ['meeting.partyOrganization.organizationId'],
      self: [person('personId'), person('meeting.partyOrganization.secretaryPersonId')],
    },
    EducationActivity: { units: ['partyOrganization.organizationId'], self: person('partyOrganization.secretaryPersonId') },
    ResponsibilityLetter: { units: ['partyOrganization.organizationId'], self: person('partyOrganization.secretaryPersonId') },
    LetterSignature: { units: ['letter.partyOrganization.organizationId'], self: [person('personId'), person('letter.partyOrganization.secretaryPersonId')] },
    Honour: { units: ['partyOrganization.organizationId'], self: [person('personId'), person('partyOrganization.secretaryPersonId')] },
    CadreAppointment: { units: ['organizationId'], self: person('personId') },
    RectificationTask: { units: ['partyOrganization.organizationId'], self: [person('ownerPersonId'), person('partyOrganization.secretaryPersonId')] },
    // The trail is for staff and admins (field scope); it names no unit.
    AuditRecord: EVERYONE,
  },
  grants: [
    // Who may see a payment, a transfer or an attendance may see what it belongs to.
    'DuesPayment.member',
    'MembershipTransfer.member',
    'MeetingAttendance.meeting',
    'LetterSignature.letter',
  ],
});
