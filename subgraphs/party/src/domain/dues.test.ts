import { describe, expect, it } from 'vitest';
import { Prisma } from '../../prisma/generated/client.ts';
import { duesRate, monthlyDues, unpaidMonths } from './dues.ts';

const d = (value: string) => new Prisma.Decimal(value);

describe('Party dues', () => {
  it('take each bracket’s rate up to and including its upper bound', () => {
    expect(duesRate(d('0')).toString()).toBe('0.005');
    expect(duesRate(d('3000')).toString()).toBe('0.005');
    expect(duesRate(d('3000.01')).toString()).toBe('0.01');
    expect(duesRate(d('5000')).toString()).toBe('0.01');
    expect(duesRate(d('5000.01')).toString()).toBe('0.015');
    expect(duesRate(d('10000')).toString()).toBe('0.015');
    expect(duesRate(d('10000.01')).toString()).toBe('0.02');
  });

  it('are income × rate to the fen, in decimals', () => {
    expect(monthlyDues(d('3000')).toFixed(2)).toBe('15.00');
    expect(monthlyDues(d('3000.01')).toFixed(2)).toBe('30.00');
    expect(monthlyDues(d('8333.33')).toFixed(2)).toBe('125.00');
    expect(monthlyDues(d('12345.67')).toFixed(2)).toBe('246.91');
  });

  it('are owed for the months since joining up to this month that have no payment', () => {
    const today = new Date('2026-04-15');
    const months = unpaidMonths(2026, { joinedOn: new Date('2025-06-01') }, [new Date('2026-01-01'), new Date('2026-03-01')], today);
    expect(months.map((m) => m.toISOString().slice(0, 7))).toEqual(['2026-02', '2026-04']);
    expect(unpaidMonths(2026, { joinedOn: new Date('2026-03-20') }, [], today).map((m) => m.toISOString().slice(0, 7))).toEqual(['2026-03', '2026-04']);
    expect(unpaidMonths(2027, { joinedOn: new Date('2020-01-01') }, [], today)).toEqual([]);
    expect(unpaidMonths(2025, { joinedOn: new Date('2020-01-01') }, [], today)).toHaveLength(12);
  });
});
