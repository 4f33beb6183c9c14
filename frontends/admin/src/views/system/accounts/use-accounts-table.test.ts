import { connection, data, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { accountRow } from '../../../../testing/account-row';
import { useAccountsTable } from './use-accounts-table';

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('useAccountsTable', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for the first page, then for the trimmed search from page one', async () => {
    const requests = stubGateway({
      UserAccounts: ({ filter }) => data({ userAccounts: connection(filter && (filter as { search?: string }).search ? [accountRow('unit')] : [accountRow('admin'), accountRow('unit')]) }),
    });
    const table = useAccountsTable();
    await settle();
    expect(table.rows.map((row) => row.username)).toEqual(['admin', 'unit']);

    table.search = '  unit ';
    await table.applySearch();
    expect(requests.map((request) => request.variables)).toEqual([{ first: 20, filter: {} }, { first: 20, filter: { search: 'unit' } }]);
    expect(table).toMatchObject({ totalCount: 1, pageNumber: 1 });
  });
});
