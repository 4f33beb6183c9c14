import { builder } from '../builder.ts';
import { financeAccess } from '../domain/access.ts';
import { reportRounded, reportRoundedCount } from '../domain/report-rounding.ts';
import { bookkeepingFigures, paymentFigures, type BookkeepingFigures, type PaymentFigures } from '../figures/finance-figures.ts';

type Kpis = BookkeepingFigures & PaymentFigures;

const FinanceKpisRef = builder.objectRef<Kpis>('FinanceKpis').implement({
  description: 'The finance figures of a year, computed from the rows (figures-2024.md F1–F4); where the report rounds, the rounded value beside the exact one',
  fields: (t) => ({
    paymentsMade: t.exposeInt('paymentsMade', { description: 'F1: payments made (支付, paid) in the year, exact (published 2024: 2.72 万次)' }),
    paymentsMadeWan: t.string({ description: 'F1: the same in 万次 to 2 decimals, as the report rounds it (published 2024: 2.72)', resolve: (k) => reportRoundedCount(k.paymentsMade, 2) }),
    paymentsAmount: t.field({ type: 'Decimal', description: 'F1: their amount, yuan, exact (SQL sum)', resolve: (k) => k.paymentsAmount }),
    paymentsAmountYi: t.string({ description: 'F1: the same in 亿元 to 1 decimal, as the report rounds it (published 2024: 14.4 亿元)', resolve: (k) => reportRounded(k.paymentsAmount, 'YI', 1) }),
    agencyBookkeepingUnits: t.exposeInt('agencyBookkeepingUnits', { description: 'F4: units under agency bookkeeping (代理记账) at the year’s end (published 2024: 48)' }),
    agencyBookkeepingAccountSets: t.exposeInt('agencyBookkeepingAccountSets', { description: 'F4: their account sets (账套) open at the year’s end (published 2024: 148)' }),
    bookkeepingCostPerUnit: t.field({ type: 'Decimal', nullable: true, description: 'F4/X1: the standard yearly cost of keeping one unit’s books (the parameter row BOOKKEEPING_COST_PER_UNIT), yuan', resolve: (k) => k.bookkeepingCostPerUnit }),
    bookkeepingCostSource: t.string({ nullable: true, description: 'Where that standard comes from', resolve: (k) => k.bookkeepingCostSource }),
    bookkeepingSaving: t.field({ type: 'Decimal', nullable: true, description: 'F4/X1: the yearly saving of agency bookkeeping = units × the standard cost, yuan, exact', resolve: (k) => k.bookkeepingSaving }),
    bookkeepingSavingWan: t.string({
      nullable: true,
      description: 'F4/X1: the same in 万元 without decimals, as the report rounds it (published: 约1900万元)',
      resolve: (k) => (k.bookkeepingSaving === null ? null : reportRounded(k.bookkeepingSaving, 'WAN', 0)),
    }),
  }),
});

/** A reporting year; the directory owns it, every domain adds its figures. */
builder.externalRef('Period', builder.selection<{ year: number }>('year')).implement({
  fields: (t) => ({
    year: t.exposeInt('year'),
    // Nullable: the cockpit reads every domain's figures of a year in one query; one domain down leaves the others'.
    finance: t.field({
      type: FinanceKpisRef,
      nullable: true,
      authScopes: financeAccess.readFigures,
      description: 'The finance figures of the year (finance staff, admins and leaders)',
      resolve: async ({ year }) => ({ ...(await paymentFigures(year)), ...(await bookkeepingFigures(year)) }),
    }),
  }),
});
