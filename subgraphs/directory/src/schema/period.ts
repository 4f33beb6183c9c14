import { BadUserInputError } from '@jiguan/shared-schema/errors';
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

builder.queryFields((t) => ({
  period: t.field({
    type: PeriodRef,
    authScopes: { authenticated: true },
    args: { year: t.arg.int({ required: true }) },
    resolve: (_root, { year }) => {
      if (year < 2000 || year > 2100) throw new BadUserInputError('年份需在 2000–2100 之间', 'year');
      return { year };
    },
  }),
}));
