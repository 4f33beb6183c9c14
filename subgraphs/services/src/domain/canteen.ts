import type { Refusal } from '@jiguan/shared-schema/errors';

/** Input rule (fields relative to the input): the leftovers of a sample weigh no more than what was served. */
export function sampleProblem(input: { servedGrams: number; leftoverGrams: number }): Refusal | null {
  if (input.leftoverGrams > input.servedGrams) {
    return { code: 'BAD_USER_INPUT', reason: 'LEFTOVER_OVER_SERVED', message: '剩余重量不能大于供餐重量', field: 'leftoverGrams' };
  }
  return null;
}

/** The line under which a day's waste coefficient counts as good (S2). */
export const WASTE_COEFFICIENT_LINE = 0.2;
