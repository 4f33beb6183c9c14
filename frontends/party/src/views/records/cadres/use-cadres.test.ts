import { data, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerPartyMessages } from '../../../locales/party-messages';
import { appointmentOrderProblem, useRecordCadre } from './use-cadres';

describe('cadre appointments', () => {
  beforeAll(registerPartyMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('wants the proposal, the public notice and the appointment in that order', () => {
    expect(appointmentOrderProblem({ proposedOn: '2024-03-01', publicNoticeOn: '2024-03-10', appointedOn: '2024-03-20' })).toBeNull();
    expect(appointmentOrderProblem({ proposedOn: '2024-03-11', publicNoticeOn: '2024-03-10', appointedOn: '2024-03-20' })).toBe('publicNoticeOn');
    expect(appointmentOrderProblem({ proposedOn: '2024-03-01', publicNoticeOn: '2024-03-10', appointedOn: '2024-03-09' })).toBe('appointedOn');
    expect(appointmentOrderProblem({ proposedOn: '2024-03-01', publicNoticeOn: '2024-03-10', appointedOn: '2024-03-10' })).toBe('appointedOn');
    expect(appointmentOrderProblem({ proposedOn: '2024-03-10', publicNoticeOn: '2024-03-10', appointedOn: '2024-03-20' })).toBeNull();
  });

  it('records the appointment with the trimmed position', async () => {
    const requests = stubGateway({ RecordCadreAppointment: data({ recordCadreAppointment: { id: 'c1', position: '副科长', person: { name: '周干部' } } }) });
    const record = useRecordCadre(vi.fn());
    record.open({});
    Object.assign(record.form, { personId: 'p1', organizationId: 'org-assets', position: ' 副科长 ', proposedOn: '2024-03-01', publicNoticeOn: '2024-03-10', appointedOn: '2024-03-20' });
    await expect(record.submit()).resolves.toBe('已记录 周干部 任 副科长');
    expect(requests[0]?.variables).toEqual({
      input: { personId: 'p1', organizationId: 'org-assets', position: '副科长', level: 'SECTION_DEPUTY', proposedOn: '2024-03-01', publicNoticeOn: '2024-03-10', appointedOn: '2024-03-20' },
    });
  });
});
