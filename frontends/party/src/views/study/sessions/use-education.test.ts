import { connection, data, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerPartyMessages } from '../../../locales/party-messages';
import { useEducationTable, useRecordEducation } from './use-education';

describe('education activities', () => {
  beforeAll(registerPartyMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('filters by kind and year', async () => {
    const requests = stubGateway({ PartyEducationActivities: data({ educationActivities: connection([]) }) });
    const { filters } = useEducationTable();
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    filters.kind = 'VISIT';
    filters.year = 2024;
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    expect(requests.map((request) => request.variables.filter)).toEqual([{}, { kind: 'VISIT', year: 2024 }]);
  });

  it('records a visit with its place, and none for an empty one', async () => {
    const requests = stubGateway({ RecordEducationActivity: data({ recordEducationActivity: { id: 'e1', title: '参观中共一大纪念馆' } }) });
    const record = useRecordEducation(vi.fn());
    record.open({});
    Object.assign(record.form, { partyOrganizationId: 'lg', title: ' 参观中共一大纪念馆 ', place: ' ', heldOn: '2024-06-28', participants: 24 });
    await expect(record.submit()).resolves.toBe('已记录 参观中共一大纪念馆');
    expect(requests[0]?.variables).toEqual({ input: { partyOrganizationId: 'lg', kind: 'VISIT', title: '参观中共一大纪念馆', heldOn: '2024-06-28', participants: 24 } });
  });
});
