import { describe, expect, it } from 'vitest';
import { closingProblem, yearlyBookkeepingSaving } from './bookkeeping.ts';

const openedOn = new Date('2024-03-01T00:00:00Z');
const today = new Date('2024-07-10T00:00:00Z');

describe('closing a month of an account set', () => {
  it('closes an ended month after the month before it', () => {
    expect(closingProblem({ year: 2024, month: 6, openedOn, previousClosed: true, today })).toBeNull();
    expect(closingProblem({ year: 2024, month: 3, openedOn, previousClosed: false, today })).toBeNull();
  });

  it('refuses a month not ended, before the opening, or after an open month', () => {
    expect(closingProblem({ year: 2024, month: 7, openedOn, previousClosed: true, today })?.reason).toBe('MONTH_NOT_ENDED');
    expect(closingProblem({ year: 2024, month: 2, openedOn, previousClosed: true, today })?.reason).toBe('BEFORE_OPENING');
    expect(closingProblem({ year: 2024, month: 5, openedOn, previousClosed: false, today })?.reason).toBe('PREVIOUS_MONTH_OPEN');
  });
});

describe('the yearly saving of agency bookkeeping', () => {
  it('is units × the standard cost, in decimals', () => {
    expect(yearlyBookkeepingSaving(48, '395833.33').toFixed(2)).toBe('18999999.84');
    expect(yearlyBookkeepingSaving(3, '0.10').toFixed(2)).toBe('0.30');
  });
});
