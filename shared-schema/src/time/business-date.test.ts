import { describe, expect, it } from 'vitest';
import { businessDate, yearBounds } from './business-date.ts';

describe('businessDate', () => {
  it('is the Shanghai calendar day, which starts 8 hours before UTC’s', () => {
    expect(businessDate(new Date('2024-12-31T15:59:59Z')).toISOString()).toBe('2024-12-31T00:00:00.000Z');
    expect(businessDate(new Date('2024-12-31T16:00:00Z')).toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });
});

describe('yearBounds', () => {
  it('spans 1 January to 31 December', () => {
    expect(yearBounds(2024)).toEqual({ first: '2024-01-01', last: '2024-12-31' });
  });
});
