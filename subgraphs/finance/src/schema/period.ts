import { builder } from '../builder.ts';
import { financeAccess } from '../domain/access.ts';
import { reportRounded, reportRoundedCount } from '../domain/report-rounding.ts';
import { bookkeepingFigures, mealCardFigures, paymentFigures, payrollFigures, type BookkeepingFigures, type MealCardFigures, type PaymentFigures, type PayrollFigures } from '../figures/finance-figures.ts';

type Kpis = BookkeepingFigures & PaymentFigures & PayrollFigures & MealCardFigures;

const FinanceKpisRef = builder.objectRef<Kpis>('FinanceKpis').implement({
  description: 'The finance figures of a year, computed from the rows (figures-2024.md F1–F4); where the report rounds, the rounded value beside the exact one',
  fields: (t) => ({
    paymentsMade: t.exposeInt('paymentsMade', { description: 'F1: payments made (支付, paid) in the year, exact (published 2024: 2.72 万次)' }),
    paymentsMadeWan: t.string({ description: 'F1: the same in 万次 to 2 decimals, as the report rounds it (published 2024: 2.72)', resolve: (k) => reportRoundedCount(k.paymentsMade, 2) }),
    paymentsAmount: t.field({ type: 'Decimal', description: 'F1: their amount, yuan, exact (SQL sum)', resolve: (k) => k.paymentsAmount }),
    paymentsAmountYi: t.string({ description: 'F1: the same in 亿元 to 1 decimal, as the report rounds it (published 2024: 14.4 亿元)', resolve: (k) => reportRounded(k.paymentsAmount, 'YI', 1) }),
    payrollLines: t.exposeInt('payrollLines', { description: 'F2: salary lines (工资发放人次) of the year’s paid payroll runs, exact (published 2024: 1.57 万人次)' }),
    payrollLinesWan: t.string({ description: 'F2: the same in 万人次 to 2 decimals, as the report rounds it (published 2024: 1.57)', resolve: (k) => reportRoundedCount(k.payrollLines, 2) }),
    payrollAmount: t.field({ type: 'Decimal', description: 'F2: the amount paid out — the NET (实发, gross − deductions) of those lines — yuan, exact (SQL sum)', resolve: (k) => k.payrollNet }),
    payrollAmountYi: t.string({ description: 'F2: the net in 亿元 to 2 decimals, as the report rounds it (published 2024: 3.08 亿元)', resolve: (k) => reportRounded(k.payrollNet, 'YI', 2) }),
    payrollGross: t.field({ type: 'Decimal', description: 'The gross (应发) of those lines, yuan, exact; not the published figure', resolve: (k) => k.payrollGross }),
    mealCardTopUps: t.exposeInt('mealCardTopUps', { description: 'F3: meal-card top-ups (饭卡充值人次) in the year, exact (published 2024: 3.73 万人次)' }),
    mealCardTopUpsWan: t.string({ description: 'F3: the same in 万人次 to 2 decimals, as the report rounds it (published 2024: 3.73)', resolve: (k) => reportRoundedCount(k.mealCardTopUps, 2) }),
    mealCardRefunded: t.field({ type: 'Decimal', description: 'F3: idle meal-card money refunded (清退闲置资金) by the year’s clean-ups, yuan, exact (SQL sum; published 2024: 470,300)', resolve: (k) => k.mealCardRefunded }),
    mealCardRefundedWan: t.string({ description: 'F3: the same in 万元 to 2 decimals, as the report rounds it (published 2024: 47.03 万元)', resolve: (k) => reportRounded(k.mealCardRefunded, 'WAN', 2) }),
    mealCardsRefunded: t.exposeInt('mealCardsRefunded', { description: 'F3: the cards those clean-ups refunded and closed' }),
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
      resolve: async ({ year }) => ({ ...(await paymentFigures(year)), ...(await payrollFigures(year)), ...(await mealCardFigures(year)), ...(await bookkeepingFigures(year)) }),
    }),
  }),
});
