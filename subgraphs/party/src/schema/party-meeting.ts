import { actingAs } from '@jiguan/shared-schema/context';
import { businessDate } from '@jiguan/shared-schema/time/business-date';
import { optionalText, text } from '@jiguan/shared-schema/validation/input-rules';
import { z } from 'zod';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { MeetingKind } from '../../prisma/generated/enums.ts';
import { recordPartyMeeting } from '../actions/record-party-meeting.ts';
import { builder } from '../builder.ts';
import { BRANCH_MANAGERS, partyAccess } from '../domain/access.ts';
import { branchCompliance, type MonthCompliance } from '../domain/compliance.ts';
import { MeetingKindEnum } from './enums.ts';
import { PartyOrganizationRef } from './party-organization.ts';
import { PersonRef } from './person.ts';
import { inYear, YEAR_ARG } from './year-filter.ts';

builder.prismaObject('Meeting', {
  name: 'PartyMeeting',
  description: 'A meeting of a Party organisation: 中心组学习, 三会一课 or 主题党日, with who attended',
  fields: (t) => ({
    id: t.exposeID('id'),
    partyOrganization: t.relation('partyOrganization'),
    kind: t.expose('kind', { type: MeetingKindEnum }),
    heldOn: t.expose('heldOn', { type: 'Date' }),
    topic: t.exposeString('topic'),
    place: t.exposeString('place', { nullable: true }),
    attendance: t.relatedConnection('attendance', { cursor: 'id', totalCount: true, query: { orderBy: [{ present: 'desc' }, { id: 'asc' }] } }),
    presentCount: t.relationCount('attendance', { where: { present: true }, description: 'Attendees present, as far as the viewer may see them' }),
    absentCount: t.relationCount('attendance', { where: { present: false } }),
  }),
});

builder.prismaObject('MeetingAttendance', {
  description: 'Whether one person attended a meeting (缺席 with a reason)',
  fields: (t) => ({
    id: t.exposeID('id'),
    person: t.field({ type: PersonRef, resolve: (entry) => ({ id: entry.personId }) }),
    present: t.exposeBoolean('present'),
    absenceReason: t.exposeString('absenceReason', { nullable: true }),
  }),
});

const PartyMeetingFilter = builder.inputType('PartyMeetingFilter', {
  fields: (t) => ({
    partyOrganizationId: t.id(),
    kinds: t.field({ type: [MeetingKindEnum], validate: z.array(z.string()).max(6) }),
    from: t.field({ type: 'Date' }),
    to: t.field({ type: 'Date' }),
  }),
});

function meetingWhere(filter: typeof PartyMeetingFilter.$inferInput | null | undefined): Prisma.MeetingWhereInput {
  return {
    AND: [
      filter?.partyOrganizationId ? { partyOrganizationId: filter.partyOrganizationId } : {},
      filter?.kinds ? { kind: { in: [...filter.kinds] } } : {},
      filter?.from ? { heldOn: { gte: filter.from } } : {},
      filter?.to ? { heldOn: { lte: filter.to } } : {},
    ],
  };
}

interface BranchComplianceRow {
  branch: { id: string };
  months: MonthCompliance[];
}

const MeetingCountRef = builder.objectRef<{ kind: MeetingKind; count: number }>('MeetingCount').implement({
  fields: (t) => ({ kind: t.expose('kind', { type: MeetingKindEnum }), count: t.exposeInt('count') }),
});

const MonthComplianceRef = builder.objectRef<MonthCompliance>('MonthCompliance').implement({
  description: 'One month of a branch against the 三会一课 rules',
  fields: (t) => ({
    month: t.expose('month', { type: 'Date', description: 'The first day of the month' }),
    checked: t.exposeBoolean('checked', { description: 'False for a month not over yet, or before the branch was founded' }),
    held: t.field({ type: [MeetingCountRef], resolve: (month) => month.held }),
    missing: t.field({
      type: [MeetingKindEnum],
      description: 'Kinds the rules want that the month lacks (monthly kinds each month; quarterly kinds in the quarter’s last month)',
      resolve: (month) => month.missing,
    }),
    compliant: t.exposeBoolean('compliant'),
  }),
});

const BranchComplianceRef = builder.objectRef<BranchComplianceRow>('BranchCompliance').implement({
  description: '三会一课 of one branch through a year: 支委会 and 党小组会 every month, 支部党员大会 and 党课 every quarter',
  fields: (t) => ({
    branch: t.prismaField({
      type: PartyOrganizationRef,
      resolve: (query, row, _args, context) => context.db.partyOrganization.findUniqueOrThrow({ ...query, where: { id: row.branch.id } }),
    }),
    months: t.field({ type: [MonthComplianceRef], resolve: (row) => row.months }),
    compliant: t.boolean({ description: 'Every month judged so far complies', resolve: (row) => row.months.every((month) => !month.checked || month.compliant) }),
  }),
});

builder.queryFields((t) => ({
  partyMeetings: t.prismaConnection({
    type: 'Meeting',
    cursor: 'id',
    authScopes: partyAccess.read,
    description: 'Meetings the viewer may see, newest first',
    args: { filter: t.arg({ type: PartyMeetingFilter }) },
    resolve: (query, _root, { filter }, context) =>
      context.db.meeting.findMany({ ...query, where: meetingWhere(filter), orderBy: [{ heldOn: 'desc' }, { id: 'asc' }] }),
    totalCount: (_connection, { filter }, context) => context.db.meeting.count({ where: meetingWhere(filter) }),
  }),
  partyMeeting: t.prismaField({
    type: 'Meeting',
    nullable: true,
    authScopes: partyAccess.read,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, context) => context.db.meeting.findUnique({ ...query, where: { id } }),
  }),
  organisationalLifeCompliance: t.field({
    type: [BranchComplianceRef],
    authScopes: partyAccess.read,
    description: '三会一课 compliance per branch and month of a year: every branch for Party staff, else the viewer’s own (member or secretary)',
    args: { year: t.arg.int({ required: true, validate: YEAR_ARG }), branchId: t.arg.id() },
    resolve: async (_root, { year, branchId }, context) => {
      const days = inYear(year);
      // The branches whose meetings the viewer sees: the table is computed from them.
      const visible = context.partyOrganizationIds;
      const branches = await context.db.partyOrganization.findMany({
        where: { kind: 'BRANCH', foundedOn: { lte: days.lte }, AND: [branchId ? { id: branchId } : {}, visible ? { id: { in: [...visible] } } : {}] },
        select: { id: true, foundedOn: true },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      });
      const meetings = await context.db.meeting.findMany({
        where: { partyOrganizationId: { in: branches.map((branch) => branch.id) }, heldOn: days },
        select: { partyOrganizationId: true, kind: true, heldOn: true },
      });
      const today = businessDate();
      return branches.map((branch) => ({
        branch,
        months: branchCompliance(year, branch, meetings.filter((meeting) => meeting.partyOrganizationId === branch.id), today),
      }));
    },
  }),
}));

const AttendanceInput = builder.inputType('MeetingAttendanceInput', {
  fields: (t) => ({
    personId: t.id({ required: true }),
    present: t.boolean({ required: true }),
    absenceReason: t.string({ validate: optionalText(200), description: 'Why absent (请假事由)' }),
  }),
});

export const RecordPartyMeetingInput = builder.inputType('RecordPartyMeetingInput', {
  fields: (t) => ({
    partyOrganizationId: t.id({ required: true }),
    kind: t.field({ type: MeetingKindEnum, required: true }),
    heldOn: t.field({ type: 'Date', required: true }),
    topic: t.string({ required: true, validate: text(200) }),
    place: t.string({ validate: optionalText(200) }),
    attendance: t.field({ type: [AttendanceInput], required: true, validate: z.array(z.unknown()).max(500, { message: '参会人最多 500 位' }) }),
  }),
});

builder.mutationFields((t) => ({
  recordPartyMeeting: t.prismaField({
    type: 'Meeting',
    authScopes: { anyRole: BRANCH_MANAGERS },
    description: 'A meeting held, with its attendance (Party staff, or the branch’s secretary)',
    args: { input: t.arg({ type: RecordPartyMeetingInput, required: true }) },
    resolve: (query, _root, { input }, context) => recordPartyMeeting(actingAs(context), input, query),
  }),
}));
