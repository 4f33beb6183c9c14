import { connection, data, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useMembersTable } from './use-members-table';

describe('useMembersTable', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('filters by branch and status for the chosen year, a cleared filter as none', async () => {
    const requests = stubGateway({ PartyMembers: data({ partyMembers: connection([]) }) });
    const { filters } = useMembersTable({ year: 2024 });
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    filters.branchId = 'branch-2';
    filters.status = 'FULL';
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    filters.status = undefined;
    filters.year = 2025;
    await vi.waitFor(() => expect(requests).toHaveLength(3));
    expect(requests.map((request) => request.variables)).toEqual([
      { first: 20, filter: {}, year: 2024 },
      { first: 20, filter: { branchId: 'branch-2', status: 'FULL' }, year: 2024 },
      { first: 20, filter: { branchId: 'branch-2' }, year: 2025 },
    ]);
  });

  it('keeps a secretary’s page on their branch', async () => {
    const requests = stubGateway({ PartyMembers: data({ partyMembers: connection([]) }) });
    useMembersTable({ fixedBranchId: 'branch-2', year: 2026 });
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]?.variables).toEqual({ first: 20, filter: { branchId: 'branch-2' }, year: 2026 });
  });
});
