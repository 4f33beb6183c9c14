import type { Refusal } from '@jiguan/shared-schema/errors';

/** Input rule (fields relative to the input): a contract ends after it starts. */
export function contractPeriodProblem(input: { startsOn: Date; endsOn: Date }): Refusal | null {
  return input.endsOn.getTime() <= input.startsOn.getTime() ? { code: 'BAD_USER_INPUT', reason: 'ENDS_BEFORE_START', message: '结束日期须晚于开始日期', field: 'endsOn' } : null;
}

/** Input rule: a quarter's assessment scores each criterion once, within its maximum, and the maxima add up to 100. */
export function assessmentProblem(input: { quarter: number; scores: readonly { criterion: string; score: number; maxScore: number }[] }): Refusal | null {
  if (!Number.isInteger(input.quarter) || input.quarter < 1 || input.quarter > 4) return { code: 'BAD_USER_INPUT', reason: 'QUARTER_RANGE', message: '季度为 1–4', field: 'quarter' };
  const seen = new Set<string>();
  for (const [i, s] of input.scores.entries()) {
    if (seen.has(s.criterion)) return { code: 'BAD_USER_INPUT', reason: 'DUPLICATE_CRITERION', message: `考核项“${s.criterion}”重复`, params: { criterion: s.criterion }, field: `scores.${i}.criterion` };
    seen.add(s.criterion);
    if (!Number.isInteger(s.score) || s.score < 0 || s.score > s.maxScore) return { code: 'BAD_USER_INPUT', reason: 'SCORE_OVER_MAX', message: `得分须在 0–${s.maxScore} 之间`, params: { max: s.maxScore }, field: `scores.${i}.score` };
  }
  const total = input.scores.reduce((sum, s) => sum + s.maxScore, 0);
  if (total !== 100) return { code: 'BAD_USER_INPUT', reason: 'MAXIMA_NOT_100', message: '各考核项满分合计须为 100', params: { total }, field: 'scores' };
  return null;
}
