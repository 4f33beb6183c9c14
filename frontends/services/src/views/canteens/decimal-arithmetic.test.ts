import { describe, expect, it } from 'vitest';
import { fromScaled, kilogramsAsTonnes, subtractDecimals, sumDecimals, toScaled } from './decimal-arithmetic';

describe('decimal arithmetic', () => {
  it('reads and writes decimals as integer counts of their last place', () => {
    expect(toScaled('1234.5', 2)).toBe(123450n);
    expect(toScaled('-0.07', 2)).toBe(-7n);
    expect(fromScaled(123450n, 2)).toBe('1234.50');
    expect(fromScaled(-7n, 2)).toBe('-0.07');
    expect(fromScaled(5n, 1)).toBe('0.5');
    expect(() => toScaled('1.234', 2)).toThrow();
    expect(() => toScaled('1e3', 2)).toThrow();
  });

  it('adds and subtracts without losing a cent where floats would', () => {
    expect(sumDecimals(['0.10', '0.20', '0.30'], 2)).toBe('0.60');
    expect(sumDecimals(Array.from({ length: 1000 }, () => '9876.01'), 2)).toBe('9876010.00');
    expect(sumDecimals([], 2)).toBe('0.00');
    expect(subtractDecimals('9876500.00', '10188900.00', 2)).toBe('-312400.00');
  });

  it('gives kilograms as tonnes, rounded half up', () => {
    expect(kilogramsAsTonnes('541234.5')).toBe('541.23');
    expect(kilogramsAsTonnes('5.0')).toBe('0.01');
    expect(kilogramsAsTonnes('4.9')).toBe('0.00');
    expect(kilogramsAsTonnes('52000.0', 1)).toBe('52.0');
  });
});
