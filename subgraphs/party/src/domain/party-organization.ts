import type { Refusal } from '@jiguan/shared-schema/errors';

/** A term that has ended without a re-election (换届) being recorded. */
export const isReElectionOverdue = (organization: { termEndOn: Date }, today: Date): boolean => organization.termEndOn < today;

/** A term ends after it starts. */
export function termProblem(input: { termStartOn: Date; termEndOn: Date }): Refusal | null {
  if (input.termEndOn > input.termStartOn) return null;
  return { code: 'BAD_USER_INPUT', reason: 'TERM_END_BEFORE_START', message: '届期结束日须晚于开始日', params: {}, field: 'termEndOn' };
}
