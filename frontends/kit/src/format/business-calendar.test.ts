import { describe, expect, it } from 'vitest';
import { addYears, monthLabel, monthOf, monthsOfYear, recentYears, shanghaiMoment, shanghaiParts, todayIso, yearRange } from './business-calendar';

describe('the business calendar', () => {
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

  it('places local times on Shanghai dates, whatever the browser\'s zone', () => {
    expect(shanghaiMoment('2024-12-02', 9 * 60 + 30).toISOString()).toBe('2024-12-02T01:30:00.000Z');
    expect(shanghaiMoment('2024-12-02').toISOString()).toBe('2024-12-01T16:00:00.000Z');
    expect(shanghaiParts('2024-12-01T19:05:00Z')).toEqual({ date: '2024-12-02', minuteOfDay: 3 * 60 + 5 });
    expect(shanghaiParts(shanghaiMoment('2024-06-30', 23 * 60 + 59))).toEqual({ date: '2024-06-30', minuteOfDay: 23 * 60 + 59 });
  });
});
