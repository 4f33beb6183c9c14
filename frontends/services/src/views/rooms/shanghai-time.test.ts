import { describe, expect, it } from 'vitest';
import { addDays, clock, localClock, localDateTime, localDay, localInstant, minuteOf, mondayOf, todayIso, weekDays } from './shanghai-time';

describe('shanghai time', () => {
  it('reads instants as Shanghai days and clocks', () => {
    expect(localDay('2024-05-06T16:30:00.000Z')).toBe('2024-05-07');
    expect(localClock('2024-05-06T01:00:00.000Z')).toBe('09:00');
    expect(localDateTime('2024-05-06T16:30:00.000Z')).toBe('2024-05-07 00:30');
    expect(todayIso(new Date('2026-12-07T23:00:00.000Z'))).toBe('2026-12-08');
  });

  it('turns a local day and minute into the instant the server takes', () => {
    expect(localInstant('2024-05-06', 9 * 60)).toBe('2024-05-06T01:00:00.000Z');
    expect(localInstant('2024-05-06', 24 * 60)).toBe('2024-05-06T16:00:00.000Z');
  });

  it('converts HH:mm both ways and refuses what is not a time of day', () => {
    expect(clock(510)).toBe('08:30');
    expect(minuteOf('08:30')).toBe(510);
    expect(minuteOf('24:00')).toBe(1440);
    expect(minuteOf('24:30')).toBeNull();
    expect(minuteOf('8:75')).toBeNull();
    expect(minuteOf('')).toBeNull();
  });

  it('finds the week of a day, Monday first', () => {
    expect(mondayOf('2026-12-10')).toBe('2026-12-07');
    expect(mondayOf('2026-12-13')).toBe('2026-12-07');
    expect(weekDays('2026-12-13', 5)).toEqual(['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11']);
    expect(weekDays('2026-12-07', 7)).toHaveLength(7);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
