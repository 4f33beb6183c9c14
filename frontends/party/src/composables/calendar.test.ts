import { describe, expect, it } from 'vitest';
import { addYears, monthLabel, monthOf, monthsOfYear, recentYears, todayIso, yearRange } from './calendar';

describe('calendar', () => {
  it('writes dates as the Date scalar does', () => {
    expect(todayIso(new Date('2026-01-05T15:30:00Z'))).toBe('2026-01-05');
    expect(todayIso(new Date('2026-01-05T16:30:00Z'))).toBe('2026-01-06');
    expect(monthOf('2024-08-19')).toBe('2024-08-01');
    expect(monthLabel('2024-08-01')).toBe('2024-08');
    expect(yearRange(2024)).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });

  it('lists the twelve months of a year', () => {
    const months = monthsOfYear(2024);
    expect(months).toHaveLength(12);
    expect([months[0], months[11]]).toEqual(['2024-01-01', '2024-12-01']);
  });

  it('adds years, keeping the end of February', () => {
    expect(addYears('2024-03-15', 1)).toBe('2025-03-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });

  it('offers this year back to 2022', () => {
    expect(recentYears(new Date(2026, 5, 1))).toEqual([2026, 2025, 2024, 2023, 2022]);
  });
});
