import { describe, expect, it } from 'vitest';
import { as, dataOf, expectError } from './client.ts';

/**
 * The published 2024 finance figures (../shared/seed/figures-2024.md F1–F4) come out of the graph,
 * computed from the seeded rows: at the report's rounding, and the exact value beside it. The other
 * tests write rows dated after 2024.
 */
const FINANCE = `{ period(year: 2024) { finance {
  paymentsMade paymentsMadeWan paymentsAmount paymentsAmountYi payrollLines payrollLinesWan payrollAmount payrollAmountYi payrollGross mealCardTopUps mealCardTopUpsWan mealCardRefunded mealCardRefundedWan mealCardsRefunded
  agencyBookkeepingUnits agencyBookkeepingAccountSets bookkeepingCostPerUnit bookkeepingCostSource bookkeepingSaving bookkeepingSavingWan
} } }`;

describe('the 2024 finance figures', () => {
  it('equal the published ones', async () => {
    const { finance } = dataOf(await as('leader', FINANCE)).period;
    console.log(`period(year: 2024).finance → ${JSON.stringify(finance)}`);
    expect(finance.paymentsMade).toBe(27_200); // F1: 2.72 万次
    expect(finance.paymentsMadeWan).toBe('2.72');
    expect(finance.paymentsAmountYi).toBe('14.4'); // F1: 14.4 亿元 (1,440,000,000)
    expect(finance.paymentsAmount).toBe('1440356218.47');
    expect(finance.payrollLines).toBe(15_700); // F2: 1.57 万人次
    expect(finance.payrollLinesWan).toBe('1.57');
    expect(finance.payrollAmountYi).toBe('3.08'); // F2: 3.08 亿元 (308,000,000), net paid out
    expect(finance.payrollAmount).toBe('307996540.32');
    expect(Number(finance.payrollGross)).toBeGreaterThan(Number(finance.payrollAmount));
    expect(finance.mealCardTopUps).toBe(37_300); // F3: 3.73 万人次
    expect(finance.mealCardTopUpsWan).toBe('3.73');
    expect(finance.mealCardRefundedWan).toBe('47.03'); // F3: 47.03 万元
    expect(finance.mealCardRefunded).toBe('470300.00');
    expect(finance.mealCardsRefunded).toBe(230);
    expect([finance.agencyBookkeepingUnits, finance.agencyBookkeepingAccountSets]).toEqual([48, 148]); // F4
    expect(finance.bookkeepingSavingWan).toBe('1900'); // X1: 约1900万元 a year
    expect(finance.bookkeepingSaving).toBe('18999999.84');
    expect(finance.bookkeepingCostPerUnit).toBe('395833.33');
    expect(finance.bookkeepingCostSource).toContain('1900');
  });

  it('are for readers who see every unit', async () => {
    expect(dataOf(await as('finance', FINANCE)).period.finance.agencyBookkeepingUnits).toBe(48);
    const unit = await as('unit', FINANCE);
    expect(unit.data?.period?.finance ?? null).toBeNull();
    expectError(unit, 'FORBIDDEN');
  });
});
