import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, shanghaiMinute, shanghaiToday } from './shanghai-days';

describe('Shanghai days', () => {
  it('are Shanghai’s calendar days, whatever the browser’s zone', () => {
    expect(shanghaiToday(new Date('2026-12-07T15:59:00Z'))).toBe('2026-12-07');
    expect(shanghaiToday(new Date('2026-12-07T16:00:00Z'))).toBe('2026-12-08');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(daysBetween('2024-12-01', '2025-01-31')).toBe(62);
    expect(shanghaiMinute('2026-12-09T08:00:00.000Z')).toBe('2026-12-09 16:00');
  });
});
