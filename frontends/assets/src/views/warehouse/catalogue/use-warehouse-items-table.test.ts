import { connection, data, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useWarehouseItemsTable } from './use-warehouse-items-table';

describe('useWarehouseItemsTable', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('searches and filters on the server, asking for five movements per item', async () => {
    const requests = stubGateway({ AssetsWarehouseItems: data({ warehouseItems: connection([]) }) });
    const { table, filters } = useWarehouseItemsTable();
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    table.search = ' 椅 ';
    await table.applySearch();
    filters.state = 'LISTED';
    filters.warehouseKind = 'PHYSICAL';
    await vi.waitFor(() => expect(requests).toHaveLength(3));
    expect(requests.map((request) => request.variables)).toEqual([
      { first: 20, filter: {}, movements: 5 },
      { first: 20, filter: { search: '椅' }, movements: 5 },
      { first: 20, filter: { search: '椅', state: 'LISTED', warehouseKind: 'PHYSICAL' }, movements: 5 },
    ]);
  });
});
