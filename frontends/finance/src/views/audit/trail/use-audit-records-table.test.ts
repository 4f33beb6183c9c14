import { data, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAuditRecordsTable } from './use-audit-records-table';

describe('useAuditRecordsTable', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads the first page of the trail and shows its rows and total', async () => {
    const node = { id: 'a1', createdAt: '2024-12-31T08:00:00.000Z', action: 'record.create', entity: 'Record', entityId: 'r1', actorId: 'account-admin' };
    const requests = stubGateway({
      FinanceAuditRecords: data({
        financeAuditRecords: { totalCount: 1, pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: 'c', endCursor: 'c' }, edges: [{ cursor: 'c', node }] },
      }),
    });
    const table = useAuditRecordsTable();
    await vi.waitFor(() => expect(table.rows).toEqual([node]));
    expect(table.totalCount).toBe(1);
    expect(requests.map((request) => request.operation)).toEqual(['FinanceAuditRecords']);
  });
});
