import { defineScopeRules, EVERYONE, type SelfRule } from '@jiguan/shared-schema/scope/scope-rules';
import type { Prisma } from '../prisma/generated/client.ts';

const person = (column: string): SelfRule => ({ column, is: 'person' });

/**
 * Which rows of the party domain a viewer sees beyond Party staff, leaders and admins, who see
 * every row (domain/access.ts `seesEveryPartyRow`; another department's staff is not among them).
 * - The organisations and their terms are open to every reader of the domain.
 * - A member's records (membership, dues, transfers, development) are personal: the person's own,
 *   and the secretary's of their branch.
 * - An organisation's activities (meetings and who attended, education, letters and who signed,
 *   honours, rectification tasks) are its members' and secretary's (`groups`: the organisations
 *   the request's context found for the viewer, viewer-organizations.ts), and the person's named.
 * - A cadre appointment is public in the unit of the post.
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
    Meeting: { units: [], groups: ['partyOrganizationId'] },
    MeetingAttendance: { units: [], groups: ['meeting.partyOrganizationId'], self: person('personId') },
    EducationActivity: { units: [], groups: ['partyOrganizationId'] },
    ResponsibilityLetter: { units: [], groups: ['partyOrganizationId'] },
    LetterSignature: { units: [], groups: ['letter.partyOrganizationId'], self: person('personId') },
    Honour: { units: [], groups: ['partyOrganizationId'], self: person('personId') },
    CadreAppointment: { units: ['organizationId'], self: person('personId') },
    RectificationTask: { units: [], groups: ['partyOrganizationId'], self: person('ownerPersonId') },
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
