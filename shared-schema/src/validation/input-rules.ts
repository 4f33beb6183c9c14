import { z } from 'zod';

/**
 * The field rules inputs share, as Pothos `validate` schemas: a failure becomes BAD_USER_INPUT
 * naming the field, with a reason a UI can translate; a rule's output (trimmed text) is what the
 * resolver and the action receive, so neither checks or trims again.
 */

/** A failed rule: the message the hub shows, and the reason (with params) a UI translates. */
export function failure(ctx: z.RefinementCtx, message: string, reason: string, params: Record<string, string | number> = {}): void {
  ctx.addIssue({ code: 'custom', message, params: { reason, ...params } });
}

/** Required text: trimmed, not empty, at most `max` characters. */
export const text = (max = 200) =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      if (value.length === 0) failure(ctx, '不能为空', 'TEXT_REQUIRED');
      else if (value.length > max) failure(ctx, `不超过 ${max} 个字`, 'TEXT_TOO_LONG', { max });
    });

/** Optional text (a decision's note): as {@link text} when given. */
export const optionalText = (max = 500) => text(max).nullish();

const decimal = (places: number, { positive }: { positive: boolean }) => {
  const pattern = places === 1 ? /^\d+(\.\d)?$/ : /^\d+(\.\d{1,2})?$/;
  const digits = places === 1 ? '一' : '两';
  return z.string().superRefine((value, ctx) => {
    if (!pattern.test(value)) {
      if (positive) failure(ctx, `须为最多${digits}位小数的数值`, 'DECIMAL_FORMAT', { places });
      else failure(ctx, `须为最多${digits}位小数的非负数值`, 'DECIMAL_FORMAT', { places, min: 0 });
    } else if (positive && !(Number(value) > 0)) failure(ctx, '须大于 0', 'NOT_POSITIVE');
  });
};

/** Areas and money: up to 2 decimals, greater than 0. */
export const positiveAmount = decimal(2, { positive: true });

/** Up to 2 decimals, 0 allowed. */
export const amount = decimal(2, { positive: false });

/** Kilometres: up to 1 decimal, greater than 0. */
export const distance = decimal(1, { positive: true });

const wholeNumber = (min: number, max: number, tooSmall: string) =>
  z.number().superRefine((value, ctx) => {
    if (!Number.isInteger(value)) failure(ctx, '须为整数', 'NOT_AN_INTEGER');
    else if (value < min) failure(ctx, tooSmall, 'TOO_SMALL', { min });
    else if (value > max) failure(ctx, '数量过大', 'TOO_LARGE', { max });
  });

/** Pieces, vehicles: 1 to 100,000. */
export const positiveCount = wholeNumber(1, 100_000, '至少为 1');

/** Approved posts: 0 to 10,000. */
export const headcount = wholeNumber(0, 10_000, '不能为负数');
