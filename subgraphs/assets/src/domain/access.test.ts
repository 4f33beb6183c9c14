import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { describe, expect, it } from 'vitest';
import { canActForUnit, canSeeUnit, visibleUnitIds } from './access.ts';

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

describe('visibleUnitIds', () => {
  it('puts no limit on staff, admins and leaders', () => {
    for (const role of ['ADMIN', 'ASSETS_STAFF', 'LEADER'] as const) {
      expect(visibleUnitIds(viewer({ roles: [role], organizationIds: ['org-audit'] }))).toBeNull();
    }
  });
  it('limits a unit user to the units in their token', () => {
    expect(visibleUnitIds(viewer({ organizationIds: ['org-audit', 'org-audit-branch'] }))).toEqual(['org-audit', 'org-audit-branch']);
  });
  it('never leaves a unit user unlimited, even with scope ALL', () => {
    expect(visibleUnitIds(viewer({ dataScope: 'ALL', organizationIds: null }))).toEqual(['org-audit']);
    expect(visibleUnitIds(viewer({ dataScope: 'ALL', organizationIds: null, organizationId: null }))).toEqual([]);
  });
  it('gives other roles nothing', () => {
    expect(visibleUnitIds(viewer({ roles: ['SERVICES_STAFF'] }))).toEqual([]);
  });
});

describe('canSeeUnit and canActForUnit', () => {
  it('lets a unit user see and act for their own unit only', () => {
    const user = viewer({});
    expect(canSeeUnit(user, 'org-audit')).toBe(true);
    expect(canSeeUnit(user, 'org-finance')).toBe(false);
    expect(canSeeUnit(user, null)).toBe(false);
    expect(canActForUnit(user, 'org-finance')).toBe(false);
  });
  it('lets staff act for any unit, and a leader see any but act for none', () => {
    expect(canActForUnit(viewer({ roles: ['ASSETS_STAFF'] }), 'org-finance')).toBe(true);
    const leader = viewer({ roles: ['LEADER'] });
    expect(canSeeUnit(leader, 'org-finance')).toBe(true);
    expect(canActForUnit(leader, 'org-audit')).toBe(false);
  });
});
