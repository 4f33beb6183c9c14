import { connection, data, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useMeetingsTable } from './use-meetings-table';

describe('useMeetingsTable', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('filters by organisation, kind and dates', async () => {
    const requests = stubGateway({ PartyMeetings: data({ partyMeetings: connection([]) }) });
    const { filters } = useMeetingsTable();
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    filters.partyOrganizationId = 'b2';
    filters.kind = 'PARTY_LECTURE';
    filters.range = ['2024-07-01', '2024-09-30'];
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    expect(requests.map((request) => request.variables.filter)).toEqual([{}, { partyOrganizationId: 'b2', kinds: ['PARTY_LECTURE'], from: '2024-07-01', to: '2024-09-30' }]);
  });

  it('keeps the study sessions’ list on their kind', async () => {
    const requests = stubGateway({ PartyMeetings: data({ partyMeetings: connection([]) }) });
    useMeetingsTable({ kinds: ['CENTRAL_GROUP_STUDY'] });
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]?.variables.filter).toEqual({ kinds: ['CENTRAL_GROUP_STUDY'] });
  });

  it('leaves the attendance sheets out where asked', async () => {
    const requests = stubGateway({ PartyMeetingSummaries: data({ partyMeetings: connection([]) }) });
    useMeetingsTable({ fixedOrganizationId: 'b2', attendance: false });
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]).toMatchObject({ operation: 'PartyMeetingSummaries', variables: { filter: { partyOrganizationId: 'b2' } } });
  });
});
