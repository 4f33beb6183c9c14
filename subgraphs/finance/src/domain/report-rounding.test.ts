import { describe, expect, it } from 'vitest';
import { reportRounded, reportRoundedCount } from './report-rounding.ts';

describe('the report’s rounding', () => {
  it('writes yuan in 万元 and 亿元, half up', () => {
    expect(reportRounded('1440356218.47', 'YI', 1)).toBe('14.4');
    expect(reportRounded('307986420.15', 'YI', 2)).toBe('3.08');
    expect(reportRounded('470300.00', 'WAN', 2)).toBe('47.03');
    expect(reportRounded('18999999.84', 'WAN', 0)).toBe('1900');
    expect(reportRounded('14999.99', 'WAN', 0)).toBe('1');
  });

  it('writes counts in 万', () => {
    expect(reportRoundedCount(27_200)).toBe('2.72');
    expect(reportRoundedCount(15_700)).toBe('1.57');
  });
});
