import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { describe, expect, it } from 'vitest';
import { canActForUnit } from './access.ts';

function viewer(overrides: Partial<Viewer>): Viewer {
  return {
    accountId: 'account-1',
    username: 'someone',
    personId: null,
    organizationId: 'org-audit',
    roles: ['UNIT_USER'],
    dataScope: 'UNIT_AND_CHILDREN',
    organizationIds: ['org-audit'],
    ...overrides,
  };
}

describe('canActForUnit', () => {
  it('lets a unit user act for their own unit only', () => {
    expect(canActForUnit(viewer({}), 'org-audit')).toBe(true);
    expect(canActForUnit(viewer({}), 'org-finance')).toBe(false);
  });
  it('lets staff act for any unit, and a leader for none', () => {
    expect(canActForUnit(viewer({ roles: ['ASSETS_STAFF'], dataScope: 'ALL', organizationIds: null }), 'org-finance')).toBe(true);
    expect(canActForUnit(viewer({ roles: ['LEADER'], dataScope: 'ALL', organizationIds: null }), 'org-audit')).toBe(false);
  });
});
