import { describe, expect, it } from 'vitest';
import { chartNumber, formatDecimal, formatTenThousands } from './format-decimal';

describe('formatDecimal', () => {
  it('groups the whole part by thousands and keeps the fraction as the server wrote it', () => {
    expect(formatDecimal('1462600.5')).toBe('1,462,600.5');
    expect(formatDecimal('-56400.00')).toBe('-56,400.00');
    expect(formatDecimal('999')).toBe('999');
  });

  it('returns anything that is not a plain decimal as it is', () => {
    expect(formatDecimal('1e6')).toBe('1e6');
    expect(formatDecimal('')).toBe('');
  });
});

describe('formatTenThousands', () => {
  it('shows yuan as 万元 with two decimals, exact beyond what a float holds', () => {
    expect(formatTenThousands('747784400.00')).toBe('74,778.44');
    expect(formatTenThousands('90071992547409931.23')).toBe('9,007,199,254,740.99');
  });

  it('rounds half up at the dropped digits', () => {
    expect(formatTenThousands('5000')).toBe('0.50');
    expect(formatTenThousands('4949.99')).toBe('0.49');
    expect(formatTenThousands('4950')).toBe('0.50');
  });

  it('keeps the sign, but never shows a negative zero', () => {
    expect(formatTenThousands('-66600.00')).toBe('-6.66');
    expect(formatTenThousands('-1.00')).toBe('0.00');
  });
});

describe('chartNumber', () => {
  it('reads a grouped decimal as a number, for drawing only', () => {
    expect(chartNumber('74,778.44')).toBe(74778.44);
  });
});
