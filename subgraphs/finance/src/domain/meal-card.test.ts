import { viewerFixture } from '@jiguan/shared-schema/testing/viewer-fixture';
import { describe, expect, it } from 'vitest';
import { idleBefore, maySeeBalance, totalOf } from './meal-card.ts';

describe('meal cards', () => {
  it('are idle when unused since the months before', () => {
    expect(idleBefore(new Date('2024-11-20T02:00:00Z'), 12).toISOString()).toBe('2023-11-20T02:00:00.000Z');
    expect(idleBefore(new Date('2024-03-31T00:00:00Z'), 1).toISOString().slice(0, 10)).toBe('2024-03-02');
  });

  it('total their balances in decimals', () => {
    expect(totalOf(['0.10', '0.20', '1234.56']).toFixed(2)).toBe('1234.86');
  });

  it('show a balance to finance staff and the person only', () => {
    expect(maySeeBalance(viewerFixture({ roles: ['FINANCE_STAFF'] }), { personId: 'p' })).toBe(true);
    expect(maySeeBalance(viewerFixture({ personId: 'p' }), { personId: 'p' })).toBe(true);
    expect(maySeeBalance(viewerFixture({ roles: ['LEADER'], personId: 'q' }), { personId: 'p' })).toBe(false);
  });
});
