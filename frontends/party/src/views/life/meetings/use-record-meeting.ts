import { i18n, requestGraphQL, todayIso, useTransitionDialog } from '@jiguan/kit';
import { optionalText } from '../../../composables/form-values';
import type { MeetingKind } from '../../../generated/graphql';
import { recordPartyMeetingMutation } from './party-meetings-query';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

/** One person's line of the attendance sheet. */
export interface AttendanceLine {
  personId: string;
  name: string;
  present: boolean;
  absenceReason: string;
}

export interface RecordMeetingForm {
  partyOrganizationId: string | undefined;
  kind: MeetingKind | undefined;
  heldOn: string;
  topic: string;
  place: string;
  attendance: AttendanceLine[];
}

export interface RecordMeetingTarget {
  partyOrganizationId?: string;
  kind?: MeetingKind;
  /** The date to start with (a gap's month); today by default. */
  heldOn?: string;
}

/** Everyone on the sheet present, as a meeting usually goes; the recorder marks who was absent. */
export function attendanceSheet(people: ReadonlyArray<{ id: string; name: string }>): AttendanceLine[] {
  return people.map((person) => ({ personId: person.id, name: person.name, present: true, absenceReason: '' }));
}

/** The attendance as the mutation takes it: a reason only for who was absent. */
export function attendanceInput(lines: readonly AttendanceLine[]) {
  return lines.map((line) => ({ personId: line.personId, present: line.present, absenceReason: line.present ? undefined : optionalText(line.absenceReason) }));
}

/** Records a meeting of an organisation with its attendance sheet (filled in from the branch's members by the page). */
export function useRecordMeeting(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (target: RecordMeetingTarget): RecordMeetingForm => ({
      partyOrganizationId: target.partyOrganizationId,
      kind: target.kind,
      heldOn: target.heldOn ?? todayIso(),
      topic: '',
      place: '',
      attendance: [],
    }),
    send: async (_target, form) => {
      const input = {
        partyOrganizationId: form.partyOrganizationId ?? '',
        kind: form.kind ?? 'GENERAL_MEETING',
        heldOn: form.heldOn,
        topic: form.topic.trim(),
        place: optionalText(form.place),
        attendance: attendanceInput(form.attendance),
      };
      return (await requestGraphQL(recordPartyMeetingMutation, { input })).recordPartyMeeting;
    },
    doneText: (_target, meeting) => t('party.meetings.done.recorded', { name: meeting.partyOrganization.name, date: meeting.heldOn }),
    onChanged,
  });
}
