import { describe, expect, it, vi } from 'vitest';
import type { Connection, PageArgs } from '../graphql/connection';
import { GraphQLRequestError } from '../graphql/graphql-request-error';
import { useConnectionTable } from './use-connection-table';

/** 45 rows, paged like the gateway: cursors are row indexes. */
const rows = Array.from({ length: 45 }, (_, i) => `row-${i}`);

function fetchRows(page: PageArgs, search: string | undefined): Promise<Connection<string>> {
  const matching = search ? rows.filter((row) => row.includes(search)) : rows;
  let from = page.after ? Number(page.after) + 1 : 0;
  let to = page.before ? Number(page.before) : matching.length;
  if (page.first) to = Math.min(to, from + page.first);
  if (page.last) from = Math.max(from, to - page.last);
  return Promise.resolve({
    edges: matching.slice(from, to).map((node, i) => ({ cursor: String(from + i), node })),
    pageInfo: { hasNextPage: to < matching.length, hasPreviousPage: from > 0, startCursor: String(from), endCursor: String(to - 1) },
    totalCount: matching.length,
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('useConnectionTable', () => {
  it('loads the first page at once and counts pages from totalCount', async () => {
    const table = useConnectionTable({ fetchPage: fetchRows, pageSize: 20 });
    await settle();
    expect(table.rows).toEqual(rows.slice(0, 20));
    expect(table).toMatchObject({ totalCount: 45, pageNumber: 1, pageCount: 3, hasPreviousPage: false, hasNextPage: true });
  });

  it('walks forward by endCursor and back by startCursor', async () => {
    const fetchPage = vi.fn(fetchRows);
    const table = useConnectionTable({ fetchPage, pageSize: 20 });
    await settle();
    await table.nextPage();
    await table.nextPage();
    expect(table.rows).toEqual(rows.slice(40));
    expect(table).toMatchObject({ pageNumber: 3, hasNextPage: false });
    await table.previousPage();
    expect(fetchPage).toHaveBeenLastCalledWith({ last: 20, before: '40' }, undefined);
    expect(table.rows).toEqual(rows.slice(20, 40));
    expect(table.pageNumber).toBe(2);
  });

  it('restarts at page one with the trimmed search text', async () => {
    const table = useConnectionTable({ fetchPage: fetchRows, pageSize: 20 });
    await settle();
    await table.nextPage();
    table.search = ' row-1 ';
    await table.applySearch();
    expect(table).toMatchObject({ pageNumber: 1, totalCount: 11 });
  });

  it('keeps only the newest answer when requests overlap', async () => {
    let releaseSlow: () => void = () => {};
    const fetchPage = vi.fn((page: PageArgs, search: string | undefined) =>
      search === 'slow' ? new Promise<Connection<string>>((resolve) => (releaseSlow = () => void fetchRows(page, search).then(resolve))) : fetchRows(page, search),
    );
    const table = useConnectionTable({ fetchPage, pageSize: 20 });
    await settle();
    table.search = 'slow';
    const slow = table.applySearch();
    table.search = 'row-4';
    await table.applySearch();
    releaseSlow();
    await slow;
    expect(table.totalCount).toBe(6);
    expect(table.rows.every((row) => row.startsWith('row-4'))).toBe(true);
  });

  it('shows a failed request as the error and keeps the rows it had', async () => {
    const failure = new GraphQLRequestError('FORBIDDEN', '没有执行此操作的权限');
    const fetchPage = vi.fn(fetchRows);
    const table = useConnectionTable({ fetchPage, pageSize: 20 });
    await settle();
    fetchPage.mockRejectedValueOnce(failure);
    await table.nextPage();
    expect(table.error).toBe(failure);
    expect(table).toMatchObject({ pageNumber: 1, loading: false });
    expect(table.rows).toHaveLength(20);
  });
});
