import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, daysBetween, monthLabel, monthsAsDays, monthsBetween, monthOf, monthsOfYear, recentYears, clockOfMinute, minuteOfClock, mondayOf, shanghaiDate, shanghaiDateTime, shanghaiInstant, shanghaiMinute, weekDays, todayIso, yearRange } from './business-calendar';

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

  it('places times of day on Shanghai dates, whatever the browser\'s zone', () => {
    expect(shanghaiInstant('2024-12-02', 9 * 60 + 30)).toBe('2024-12-02T01:30:00.000Z');
    expect(shanghaiInstant('2024-12-02', 0)).toBe('2024-12-01T16:00:00.000Z');
    expect([shanghaiDate('2024-12-01T19:05:00Z'), shanghaiMinute('2024-12-01T19:05:00Z')]).toEqual(['2024-12-02', 3 * 60 + 5]);
    expect(shanghaiDateTime('2024-12-01T19:05:00Z')).toBe('2024-12-02 03:05');
    expect([clockOfMinute(540), clockOfMinute(1440), minuteOfClock('08:30'), minuteOfClock('8:75'), minuteOfClock('25:00')]).toEqual(['09:00', '24:00', 510, null, null]);
  });

  it('lays out the week of a date', () => {
    expect(mondayOf('2024-12-08')).toBe('2024-12-02');
    expect(weekDays('2024-12-04', 5)).toEqual(['2024-12-02', '2024-12-03', '2024-12-04', '2024-12-05', '2024-12-06']);
  });

  it('counts days and months', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(daysBetween('2024-12-01', '2025-01-31')).toBe(62);
    expect(addMonths('2024-11', 3)).toBe('2025-02');
    expect(addMonths('2024-01', -12)).toBe('2023-01');
    expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsAsDays('2024-01', '2024-02')).toEqual({ from: '2024-01-01', to: '2024-02-29' });
  });
});
