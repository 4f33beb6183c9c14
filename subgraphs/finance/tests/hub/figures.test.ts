import { describe, expect, it } from 'vitest';
import { as, dataOf, expectError } from './client.ts';

/**
 * The published 2024 finance figures (../shared/seed/figures-2024.md F1–F4) come out of the graph,
 * computed from the seeded rows: at the report's rounding, and the exact value beside it. The other
 * tests write rows dated after 2024.
 */
const FINANCE = `{ period(year: 2024) { finance {
  paymentsMade paymentsMadeWan paymentsAmount paymentsAmountYi
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
