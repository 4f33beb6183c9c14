import { describe, expect, it } from 'vitest';
import { Prisma } from '../../prisma/generated/client.ts';
import { disposableQuantity, issueAmounts, itemStateFor } from './warehouse-item.ts';

describe('itemStateFor', () => {
  it('keeps a lot LISTED while any piece is free', () => {
    expect(itemStateFor({ availableQuantity: 1, reservedQuantity: 4 })).toBe('LISTED');
  });
  it('is RESERVED when the last pieces wait for a decision', () => {
    expect(itemStateFor({ availableQuantity: 0, reservedQuantity: 2 })).toBe('RESERVED');
  });
  it('is ALLOCATED when every piece has gone out', () => {
    expect(itemStateFor({ availableQuantity: 0, reservedQuantity: 0 })).toBe('ALLOCATED');
  });
});

describe('disposableQuantity', () => {
  it('is the free pieces of a lot without pending requests', () => {
    expect(disposableQuantity({ state: 'LISTED', availableQuantity: 3, reservedQuantity: 0 })).toBe(3);
  });
  it('is nothing while a request waits, or once disposed', () => {
    expect(disposableQuantity({ state: 'LISTED', availableQuantity: 3, reservedQuantity: 1 })).toBe(0);
    expect(disposableQuantity({ state: 'DISPOSED', availableQuantity: 0, reservedQuantity: 0 })).toBe(0);
  });
});

describe('issueAmounts', () => {
  const item = { originalValue: new Prisma.Decimal('120.50'), newPrice: new Prisma.Decimal('899.90') };
  it('values a reallocation at the original value and saves the new price, exactly', () => {
    const { value, savings } = issueAmounts(item, 3, 'REALLOCATION');
    expect(value.toFixed(2)).toBe('361.50');
    expect(savings.toFixed(2)).toBe('2699.70');
  });
  it('saves nothing on a disposal', () => {
    expect(issueAmounts(item, 3, 'DISPOSAL').savings.toFixed(2)).toBe('0.00');
  });
});
