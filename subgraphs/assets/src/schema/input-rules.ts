import { z } from 'zod';

/** Validation of the input fields many mutations share; a failure becomes BAD_USER_INPUT naming the field. */

export const text = (max = 200) =>
  z
    .string()
    .refine((value) => value.trim().length > 0, '不能为空')
    .refine((value) => value.length <= max, `不超过 ${max} 个字`);

/** Areas and money: up to 2 decimals, greater than 0. */
export const positiveAmount = z
  .string()
  .regex(/^\d+(\.\d{1,2})?$/, '须为最多两位小数的数值')
  .refine((value) => Number(value) > 0, '须大于 0');

/** Up to 2 decimals, 0 allowed. */
export const amount = z.string().regex(/^\d+(\.\d{1,2})?$/, '须为最多两位小数的非负数值');

export const positiveCount = z.number().int().min(1, '至少为 1').max(100_000, '数量过大');

export const headcount = z.number().int().min(0, '不能为负数').max(10_000, '数量过大');

/** Kilometres: up to 1 decimal, greater than 0. */
export const distance = z
  .string()
  .regex(/^\d+(\.\d)?$/, '须为最多一位小数的数值')
  .refine((value) => Number(value) > 0, '须大于 0');
