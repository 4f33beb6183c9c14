import { connection, data, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerServicesMessages } from '../../../locales/services-messages';
import { useVisitStep } from '../visits/use-visit-step';
import { useVisitsTable, visitFilter } from '../visits/use-visits-table';
import type { VisitRow } from '../visits/visits-query';
import { purgeVisits } from './gate-operations';
import { useGateTable, usePersonalData } from './use-gate';

const visit = { id: 'v1', visitorName: '王访客', phone: '****5678', idNumber: '****002X', expectedAt: '2026-12-09T06:30:00.000Z' } as VisitRow;

describe('visits and the gate', () => {
  beforeAll(registerServicesMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('filters the visits by status and Shanghai days', async () => {
    expect(visitFilter({ status: 'EXPECTED', range: ['2026-12-09', '2026-12-09'] })).toEqual({ status: 'EXPECTED', from: '2026-12-08T16:00:00.000Z', to: '2026-12-09T16:00:00.000Z' });
    const requests = stubGateway({ ServicesVisits: data({ visits: connection([]) }) });
    const { filters } = useVisitsTable();
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    filters.status = 'NO_SHOW';
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    expect(requests.map((request) => request.variables)).toEqual([
      { first: 20, filter: {}, orderBy: 'EXPECTED_AT_DESC' },
      { first: 20, filter: { status: 'NO_SHOW' }, orderBy: 'EXPECTED_AT_DESC' },
    ]);
  });

  it('opens the gate on today’s visitors, the soonest first', async () => {
    const requests = stubGateway({ ServicesVisits: data({ visits: connection([]) }) });
    useGateTable('2026-12-09');
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]?.variables).toEqual({ first: 20, filter: { from: '2026-12-08T16:00:00.000Z', to: '2026-12-09T16:00:00.000Z' }, orderBy: 'EXPECTED_AT' });
  });

  it('takes a visit’s step with the visit alone', async () => {
    const requests = stubGateway({ CheckInVisit: data({ stepped: { id: 'v1', status: 'CHECKED_IN', allowedActions: ['CHECK_OUT'] } }) });
    const reload = vi.fn();
    const step = useVisitStep(reload);
    step.open({ visit, action: 'CHECK_IN' });
    await expect(step.submit()).resolves.toBe('王访客 已到访');
    expect(requests[0]).toMatchObject({ operation: 'CheckInVisit', variables: { input: { id: 'v1' } } });
    expect(reload).toHaveBeenCalledOnce();
  });

  it('reads the whole phone and ID number of one visit when asked, and drops them on close', async () => {
    const requests = stubGateway({ ServicesVisitPersonalData: data({ visitPersonalData: { phone: '13812345678', idNumber: '11010519491231002X' } }) });
    const personal = usePersonalData();
    await personal.open(visit);
    expect(requests[0]?.variables).toEqual({ visitId: 'v1' });
    expect(personal.data).toEqual({ phone: '13812345678', idNumber: '11010519491231002X' });
    personal.close();
    expect(personal.data).toBeNull();
  });

  it('purges with the retention period and answers how many', async () => {
    const requests = stubGateway({ PurgeVisits: data({ purgeVisits: 12 }) });
    await expect(purgeVisits(365)).resolves.toBe(12);
    expect(requests[0]?.variables).toEqual({ input: { olderThanDays: 365 } });
  });
});
