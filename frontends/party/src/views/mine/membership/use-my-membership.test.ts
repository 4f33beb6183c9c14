import { data, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MyMembership } from './my-membership-query';
import { duesCalendar, managedBranches, useMyMembership } from './use-my-membership';

const membership = {
  id: 'member-1',
  branch: { id: 'b2', name: '第二党支部', canManage: false },
  unpaidMonths: ['2026-02-01'],
  dues: { totalCount: 1, edges: [{ node: { id: 'd1', month: '2026-01-01', amount: '127.50', paidOn: '2026-01-10' } }] },
} as MyMembership;

describe('useMyMembership', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lays out the year’s dues month by month: paid, owed, not due', () => {
    const calendar = duesCalendar(2026, membership);
    expect(calendar).toHaveLength(12);
    expect(calendar.slice(0, 3)).toEqual([
      { month: '2026-01-01', state: 'paid', amount: '127.50', paidOn: '2026-01-10' },
      { month: '2026-02-01', state: 'unpaid' },
      { month: '2026-03-01', state: 'notDue' },
    ]);
  });

  it('lists the branches a secretary manages: their own, and any other the server says', () => {
    const own = { branch: { ...membership.branch, canManage: true } };
    const organisations = [
      { id: 'b2', name: '第二党支部', kind: 'BRANCH', canManage: true },
      { id: 'b3', name: '第三党支部', kind: 'BRANCH', canManage: false },
      { id: 'b5', name: '第五党支部', kind: 'BRANCH', canManage: true },
    ];
    expect(managedBranches(own, organisations)).toEqual([
      { id: 'b2', name: '第二党支部' },
      { id: 'b5', name: '第五党支部' },
    ]);
    expect(managedBranches(null, [])).toEqual([]);
    expect(managedBranches(membership, [])).toEqual([]);
  });

  it('says whether the member manages their branch, and copes with no membership', async () => {
    stubGateway({ MyPartyMembership: data({ myPartyMembership: { ...membership, branch: { ...membership.branch, canManage: true } } }) });
    const mine = useMyMembership();
    await vi.waitFor(() => expect(mine.loaded.value).toBe(true));
    expect(mine.managesBranch.value).toBe(true);

    stubGateway({ MyPartyMembership: data({ myPartyMembership: null }) });
    await mine.reload();
    expect(mine.membership.value).toBeNull();
    expect(mine.managesBranch.value).toBe(false);
  });
});
