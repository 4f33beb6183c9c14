import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerPartyMessages } from '../../../locales/party-messages';
import { attendanceInput, attendanceSheet, useRecordMeeting } from './use-record-meeting';

describe('useRecordMeeting', () => {
  beforeAll(registerPartyMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('starts the sheet with everyone present and sends a reason only for who was absent', () => {
    const sheet = attendanceSheet([
      { id: 'p1', name: '张一' },
      { id: 'p2', name: '李二' },
    ]);
    expect(sheet.every((line) => line.present)).toBe(true);
    sheet[0]!.absenceReason = '出差';
    sheet[1]!.present = false;
    sheet[1]!.absenceReason = ' 病假 ';
    expect(attendanceInput(sheet)).toEqual([
      { personId: 'p1', present: true, absenceReason: undefined },
      { personId: 'p2', present: false, absenceReason: '病假' },
    ]);
  });

  it('records the meeting of the branch with its sheet', async () => {
    const requests = stubGateway({
      RecordPartyMeeting: data({ recordPartyMeeting: { id: 'm1', kind: 'COMMITTEE_MEETING', heldOn: '2024-08-20', presentCount: 1, partyOrganization: { id: 'b2', name: '第二党支部' } } }),
    });
    const onChanged = vi.fn();
    const record = useRecordMeeting(onChanged);
    record.open({ partyOrganizationId: 'b2', kind: 'COMMITTEE_MEETING' });
    Object.assign(record.form, { heldOn: '2024-08-20', topic: ' 研究发展党员工作 ', place: '', attendance: attendanceSheet([{ id: 'p1', name: '张一' }]) });
    await expect(record.submit()).resolves.toBe('已记录 第二党支部 2024-08-20 的会议');
    expect(requests[0]?.variables).toEqual({
      input: { partyOrganizationId: 'b2', kind: 'COMMITTEE_MEETING', heldOn: '2024-08-20', topic: '研究发展党员工作', attendance: [{ personId: 'p1', present: true }] },
    });
    expect(onChanged).toHaveBeenCalledOnce();
  });

  it('shows that a person on the sheet is not of the branch above the form', async () => {
    stubGateway({
      RecordPartyMeeting: refusal('BAD_USER_INPUT', '第 2 位参会人不是第二党支部的党员或委员', {
        field: 'input.attendance.1.personId',
        reason: 'NOT_A_MEMBER_OF_BRANCH',
        params: { person: 'p9', branch: '第二党支部' },
      }),
    });
    const record = useRecordMeeting(vi.fn());
    record.open({ partyOrganizationId: 'b2' });
    await record.submit();
    expect(record.serverError?.localizedMessage).toBe('参会人中有人不是第二党支部的党员或委员');
  });
});
