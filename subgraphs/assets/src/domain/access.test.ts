import { viewerFixture as viewer } from '@jiguan/shared-schema/testing/viewer-fixture';
import { describe, expect, it } from 'vitest';
import { canActForUnit } from './access.ts';

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
