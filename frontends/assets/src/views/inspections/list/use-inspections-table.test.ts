import { connection, data, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useInspectionsTable } from './use-inspections-table';

describe('useInspectionsTable', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('turns the picked date range and unit into the server’s filter, and a cleared range into none', async () => {
    const requests = stubGateway({ AssetsInspections: data({ inspections: connection([]) }) });
    const { filters } = useInspectionsTable();
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    filters.dates = ['2024-03-01', '2024-06-30'];
    filters.organizationId = 'org-audit';
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    filters.dates = null;
    await vi.waitFor(() => expect(requests).toHaveLength(3));
    expect(requests.map((request) => request.variables.filter)).toEqual([
      {},
      { organizationId: 'org-audit', inspectedFrom: '2024-03-01', inspectedTo: '2024-06-30' },
      { organizationId: 'org-audit' },
    ]);
    expect(requests.every((request) => request.variables.problems === 20)).toBe(true);
  });
});
