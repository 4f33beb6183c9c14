import { yearBounds } from '@jiguan/shared-schema/time/business-date';
import { z } from 'zod';

/** A year argument: the Party was founded in 1921. */
export const YEAR_ARG = z.number().int().min(1921).max(2100);

/** The days of a calendar year, as a filter on a `@db.Date` column. */
export function inYear(year: number): { gte: Date; lte: Date } {
  const { first, last } = yearBounds(year);
  return { gte: new Date(first), lte: new Date(last) };
}
