import { failure } from '@jiguan/shared-schema/validation/input-rules';
import { z } from 'zod';
import { builder } from '../builder.ts';

/** A reporting year. Each domain subgraph adds its KPIs for the year to this entity. */
export const PeriodRef = builder.objectRef<{ year: number }>('Period').implement({
  description: 'A reporting year; every domain contributes its figures (period(year: 2024) { assets { … } })',
  fields: (t) => ({
    year: t.exposeInt('year'),
  }),
});

builder.asEntity(PeriodRef, {
  key: builder.selection<{ year: number }>('year'),
  resolveReference: ({ year }) => ({ year }),
});

/** The years the hub reports on. */
const reportingYear = z.number().superRefine((year, ctx) => {
  if (year < 2000 || year > 2100) failure(ctx, '年份需在 2000–2100 之间', 'YEAR_OUT_OF_RANGE', { min: 2000, max: 2100 });
});

builder.queryFields((t) => ({
  period: t.field({
    type: PeriodRef,
    authScopes: { authenticated: true },
    args: { year: t.arg.int({ required: true, validate: reportingYear }) },
    resolve: (_root, { year }) => ({ year }),
  }),
}));
