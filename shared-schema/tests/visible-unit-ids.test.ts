import { describe, expect, it } from 'vitest';
import { canSeeUnit, visibleUnitIds } from '../src/auth/visible-unit-ids.ts';
import { viewerFixture as viewer } from '../src/testing/viewer-fixture.ts';

describe('visibleUnitIds: the data scope the token carries', () => {
  it('puts no limit on scope ALL: staff, admins and leaders as the demo accounts have them', () => {
    for (const role of ['ADMIN', 'ASSETS_STAFF', 'LEADER'] as const) {
      expect(visibleUnitIds(viewer({ roles: [role], dataScope: 'ALL', organizationIds: null }))).toBeNull();
    }
  });
  it('limits any role to the units of a narrower scope, staff included', () => {
    expect(visibleUnitIds(viewer({ organizationIds: ['org-audit', 'org-audit-branch'] }))).toEqual(['org-audit', 'org-audit-branch']);
    expect(visibleUnitIds(viewer({ roles: ['ASSETS_STAFF'], dataScope: 'DEPARTMENT', organizationIds: ['org-bureau'] }))).toEqual(['org-bureau']);
    expect(visibleUnitIds(viewer({ roles: ['SERVICES_STAFF'], dataScope: 'SELF', organizationIds: [] }))).toEqual([]);
  });
  it('never leaves a unit user unlimited, even with scope ALL', () => {
    expect(visibleUnitIds(viewer({ dataScope: 'ALL', organizationIds: null }))).toEqual(['org-audit']);
    expect(visibleUnitIds(viewer({ dataScope: 'ALL', organizationIds: null, organizationId: null }))).toEqual([]);
  });
});

describe('canSeeUnit', () => {
  it('lets a unit user see their own unit only', () => {
    const user = viewer({});
    expect(canSeeUnit(user, 'org-audit')).toBe(true);
    expect(canSeeUnit(user, 'org-finance')).toBe(false);
    expect(canSeeUnit(user, null)).toBe(false);
  });
  it('lets a viewer with scope ALL see any unit', () => {
    expect(canSeeUnit(viewer({ roles: ['LEADER'], dataScope: 'ALL', organizationIds: null }), 'org-finance')).toBe(true);
  });
});
