import type { Viewer } from '../auth/viewer.ts';

/** A viewer for unit tests: a unit user of 区审计局 (org-audit) unless the overrides say otherwise. */
export function viewerFixture(overrides: Partial<Viewer> = {}): Viewer {
  return {
    accountId: 'account-1',
    sessionVersion: 0,
    username: 'someone',
    personId: null,
    organizationId: 'org-audit',
    roles: ['UNIT_USER'],
    dataScope: 'UNIT_AND_CHILDREN',
    organizationIds: ['org-audit'],
    ...overrides,
  };
}
