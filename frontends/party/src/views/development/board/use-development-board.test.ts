import { connection, data, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useDevelopmentBoard } from './use-development-board';

const stages = ['APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY', 'FULL', 'CANCELLED'];

describe('useDevelopmentBoard', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps one page per stage, in the pipeline’s order, and filters every column by branch', async () => {
    const requests = stubGateway({ PartyCandidates: data({ candidates: connection([]) }) });
    const board = useDevelopmentBoard();
    await vi.waitFor(() => expect(requests).toHaveLength(6));
    expect(requests.map((request) => request.variables)).toEqual(stages.map((stage) => ({ first: 10, filter: { stages: [stage] } })));
    board.filters.branchId = 'branch-2';
    await vi.waitFor(() => expect(requests).toHaveLength(12));
    expect(requests.slice(6).map((request) => request.variables.filter)).toEqual(stages.map((stage) => ({ stages: [stage], branchId: 'branch-2' })));
  });

  it('reloads only the columns a candidate left and entered', async () => {
    const requests = stubGateway({ PartyCandidates: data({ candidates: connection([]) }) });
    const board = useDevelopmentBoard({ fixedBranchId: 'branch-2' });
    await vi.waitFor(() => expect(requests).toHaveLength(6));
    await board.reload(['ACTIVIST', 'DEVELOPMENT_TARGET']);
    expect(requests.slice(6).map((request) => request.variables.filter)).toEqual([
      { stages: ['ACTIVIST'], branchId: 'branch-2' },
      { stages: ['DEVELOPMENT_TARGET'], branchId: 'branch-2' },
    ]);
  });
});
