import { type SessionAccount, useNavPages, useSession } from '@jiguan/kit';
import { logInAs } from '@jiguan/kit/testing/log-in-as';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstAllowedPage, partyRoutes } from './index';

const account = (username: string, roles: SessionAccount['roles']): SessionAccount => ({
  id: `account-${username}`,
  username,
  roles,
  dataScope: roles.includes('UNIT_USER') ? 'SELF' : 'ALL',
  person: { id: `person-${username}`, name: username, organization: { id: 'org-bureau', name: '松江区机关事务管理局' } },
});

const staffPages = [
  'party-overview',
  'party-organisations',
  'party-members',
  'party-development',
  'party-meetings',
  'party-compliance',
  'party-study',
  'party-letters',
  'party-honours',
  'party-cadres',
  'party-rectification',
];

describe('the party pages by role', () => {
  afterEach(() => {
    useSession().logout();
    vi.unstubAllGlobals();
  });

  it('offers Party staff every staff page and the audit trail, starting at the overview', async () => {
    await logInAs(account('party', ['PARTY_STAFF']));
    expect(useNavPages(partyRoutes).value.map((page) => page.name)).toEqual([...staffPages, 'party-audit']);
    expect(firstAllowedPage()).toEqual({ name: 'party-overview' });
  });

  it('offers a leader the staff pages to read, without the audit trail', async () => {
    await logInAs(account('leader', ['LEADER']));
    expect(useNavPages(partyRoutes).value.map((page) => page.name)).toEqual(staffPages);
  });

  it('offers a unit user their own page only; a secretary’s branch pages are reached from it', async () => {
    await logInAs(account('member', ['UNIT_USER']));
    expect(useNavPages(partyRoutes).value.map((page) => page.name)).toEqual(['party-mine']);
    expect(firstAllowedPage()).toEqual({ name: 'party-mine' });
    const branchPages = partyRoutes.filter((route) => route.path.startsWith('branch/'));
    expect(branchPages.map((route) => route.meta?.roles)).toEqual([['UNIT_USER'], ['UNIT_USER'], ['UNIT_USER']]);
  });
});
