import { describe, expect, it } from 'vitest';
import { decimalText, optionalText, optionalValue } from './form-values';

describe('form values', () => {
  it('sends empty optional texts and selects as none', () => {
    expect(optionalText('  ')).toBeUndefined();
    expect(optionalText(' 会议室 ')).toBe('会议室');
    expect(optionalValue('')).toBeUndefined();
    expect(optionalValue(null)).toBeUndefined();
    expect(optionalValue('BRANCH')).toBe('BRANCH');
  });

  it('reads a decimal amount of yuan', () => {
    expect(decimalText(' 8,500.5 ')).toBe('8500.5');
    expect(decimalText(9000)).toBe('9000');
    expect(decimalText('1.234')).toBeNull();
    expect(decimalText('abc')).toBeNull();
    expect(decimalText('')).toBeNull();
  });
});
