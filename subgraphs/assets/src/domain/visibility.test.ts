import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { describe, expect, it } from 'vitest';
import { visibleBookings, visibleBuildings, visibleRectificationItems } from './visibility.ts';

const staff: Viewer = {
  accountId: 'a',
  username: 'assets',
  personId: null,
  organizationId: 'org-bureau',
  roles: ['ASSETS_STAFF'],
  dataScope: 'ALL',
  organizationIds: null,
};
const unitUser: Viewer = { ...staff, username: 'unit', roles: ['UNIT_USER'], organizationId: 'org-audit', organizationIds: ['org-audit'] };

describe('visibility filters', () => {
  it('do not filter for staff', () => {
    expect(visibleBuildings(staff)).toEqual({});
    expect(visibleRectificationItems(staff)).toEqual({});
  });
  it('limit a unit user to properties their unit owns or uses', () => {
    expect(visibleBuildings(unitUser)).toEqual({ OR: [{ owningUnitId: { in: ['org-audit'] } }, { usingUnitId: { in: ['org-audit'] } }] });
  });
  it('follow a record to the unit it belongs to', () => {
    expect(visibleRectificationItems(unitUser)).toEqual({ problem: { inspection: { organizationId: { in: ['org-audit'] } } } });
    expect(visibleBookings(unitUser)).toEqual({ OR: [{ organizationId: { in: ['org-audit'] } }, { vehicle: { organizationId: { in: ['org-audit'] } } }] });
  });
});
