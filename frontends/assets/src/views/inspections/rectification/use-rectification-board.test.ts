import { connection, data, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useRectificationBoard } from './use-rectification-board';

describe('useRectificationBoard', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps one page of eight cards per status, in the order an item moves, sharing the filters', async () => {
    const requests = stubGateway({ AssetsRectificationItems: data({ rectificationItems: connection([]) }) });
    const board = useRectificationBoard();
    await vi.waitFor(() => expect(requests).toHaveLength(4));
    expect(requests.map((request) => request.variables)).toEqual(
      ['OPEN', 'RECTIFYING', 'SUBMITTED', 'VERIFIED'].map((status) => ({ first: 8, filter: { status } })),
    );

    board.filters.overdueOnly = true;
    board.filters.organizationId = 'org-audit';
    await vi.waitFor(() => expect(requests).toHaveLength(8));
    expect(requests.slice(4).map((request) => request.variables.filter)).toEqual(
      ['OPEN', 'RECTIFYING', 'SUBMITTED', 'VERIFIED'].map((status) => ({ status, overdue: true, organizationId: 'org-audit' })),
    );
  });

  it('reloads only the columns an item left and entered, or all of them', async () => {
    const requests = stubGateway({ AssetsRectificationItems: data({ rectificationItems: connection([]) }) });
    const board = useRectificationBoard();
    await vi.waitFor(() => expect(requests).toHaveLength(4));
    await board.reload(['RECTIFYING', 'SUBMITTED']);
    expect(requests.slice(4).map((request) => (request.variables.filter as { status: string }).status)).toEqual(['RECTIFYING', 'SUBMITTED']);
    await board.reload('all');
    expect(requests).toHaveLength(10);
  });
});
