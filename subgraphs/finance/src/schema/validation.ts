import { failure, positiveAmount } from '@jiguan/shared-schema/validation/input-rules';
import { z } from 'zod';

/** A year of the books: 2000–2100. */
export const bookYear = z.number().superRefine((value, ctx) => {
  if (!Number.isInteger(value)) failure(ctx, '须为整数', 'NOT_AN_INTEGER');
  else if (value < 2000 || value > 2100) failure(ctx, '年份须在 2000–2100 之间', 'YEAR_RANGE', { min: 2000, max: 2100 });
});

/** A month: 1–12. */
export const bookMonth = z.number().superRefine((value, ctx) => {
  if (!Number.isInteger(value) || value < 1 || value > 12) failure(ctx, '月份为 1–12', 'MONTH_RANGE', { min: 1, max: 12 });
});

/** The largest amount one finance row holds (DECIMAL(14, 2) has room for more; a typo should not). */
export const MAX_AMOUNT = '1000000000.00';

/** Money greater than 0, at most 2 decimals, at most {@link MAX_AMOUNT}. */
export const money = positiveAmount.superRefine((value, ctx) => {
  if (/^\d+(\.\d{1,2})?$/.test(value) && value.replace(/^0+(?=\d)/, '').split('.')[0]!.length > 10) failure(ctx, '金额过大', 'TOO_LARGE', { max: MAX_AMOUNT });
  else if (/^\d+(\.\d{1,2})?$/.test(value) && Number(value) > Number(MAX_AMOUNT)) failure(ctx, '金额过大', 'TOO_LARGE', { max: MAX_AMOUNT });
});
