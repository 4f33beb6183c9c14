import { connection, data, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useDisposalsTable } from './use-disposals-table';

describe('useDisposalsTable', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends the chosen filters, a cleared one as none, and starts again at page one', async () => {
    const requests = stubGateway({ AssetsDisposals: data({ disposals: connection([]) }) });
    const { table, filters } = useDisposalsTable();
    await vi.waitFor(() => expect(requests).toHaveLength(1));

    filters.status = 'SUBMITTED';
    filters.method = 'SCRAP';
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    filters.method = undefined;
    await vi.waitFor(() => expect(requests).toHaveLength(3));

    expect(requests.map((request) => request.variables)).toEqual([
      { first: 20, filter: {} },
      { first: 20, filter: { status: 'SUBMITTED', method: 'SCRAP' } },
      { first: 20, filter: { status: 'SUBMITTED' } },
    ]);
    expect(table.pageNumber).toBe(1);
  });
});
