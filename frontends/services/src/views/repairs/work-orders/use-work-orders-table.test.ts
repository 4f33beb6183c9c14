import { connection, data, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useWorkOrdersTable, workOrderVariables } from './use-work-orders-table';

describe('useWorkOrdersTable', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('takes the overdue choice as the filter’s flag, a cleared select as none', () => {
    expect(workOrderVariables({ orderBy: 'CREATED_AT_DESC' })).toEqual({ filter: {}, orderBy: 'CREATED_AT_DESC' });
    expect(workOrderVariables({ status: 'SUBMITTED', priority: 'URGENT', overdue: 'OVERDUE', orderBy: 'DUE_AT' })).toEqual({ filter: { status: 'SUBMITTED', priority: 'URGENT', overdue: true }, orderBy: 'DUE_AT' });
    expect(workOrderVariables({ status: '' as never, overdue: 'ON_TIME', orderBy: 'CREATED_AT_DESC' })).toEqual({ filter: { overdue: false }, orderBy: 'CREATED_AT_DESC' });
  });

  it('reads the newest first, and again from page one when a filter changes', async () => {
    const requests = stubGateway({ WorkOrders: data({ workOrders: connection([]) }) });
    const { filters } = useWorkOrdersTable();
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    filters.overdue = 'OVERDUE';
    filters.orderBy = 'DUE_AT';
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    expect(requests.map((request) => request.variables)).toEqual([
      { first: 20, filter: {}, orderBy: 'CREATED_AT_DESC' },
      { first: 20, filter: { overdue: true }, orderBy: 'DUE_AT' },
    ]);
  });
});
