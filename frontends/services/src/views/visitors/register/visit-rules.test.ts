import { describe, expect, it } from 'vitest';
import { isCarPlate, isIdNumber, isPhone } from './visit-rules';

describe('visit rules', () => {
  it('takes an ID number only with its check character', () => {
    expect(isIdNumber('11010519491231002X')).toBe(true);
    expect(isIdNumber('110105194912310021')).toBe(false);
    expect(isIdNumber('11010519491231002x')).toBe(false);
    expect(isIdNumber('1101051949123100')).toBe(false);
  });

  it('takes mobiles and landlines', () => {
    expect(isPhone('13812345678')).toBe(true);
    expect(isPhone('021-57812345')).toBe(true);
    expect(isPhone('57812345')).toBe(true);
    expect(isPhone('1381234567')).toBe(false);
    expect(isPhone('phone')).toBe(false);
  });

  it('takes plates, new energy ones too', () => {
    expect(isCarPlate('沪A12345')).toBe(true);
    expect(isCarPlate('沪AD12345')).toBe(true);
    expect(isCarPlate('A12345')).toBe(false);
    expect(isCarPlate('沪a12345')).toBe(false);
  });
});
