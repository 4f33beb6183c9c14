import type { Refusal } from '@jiguan/shared-schema/errors';

/** 动议 → 任前公示 → 任职, in that order (公示 at least 5 working days before the appointment is the unit's to keep; the order is checked). */
export function appointmentDatesProblem(input: { proposedOn: Date; publicNoticeOn: Date; appointedOn: Date }): Refusal | null {
  if (input.publicNoticeOn < input.proposedOn) return { code: 'BAD_USER_INPUT', reason: 'NOTICE_BEFORE_PROPOSAL', message: '任前公示不能早于动议', field: 'publicNoticeOn' };
  if (input.appointedOn <= input.publicNoticeOn) return { code: 'BAD_USER_INPUT', reason: 'APPOINTED_BEFORE_NOTICE', message: '任职须在任前公示之后', field: 'appointedOn' };
  return null;
}
