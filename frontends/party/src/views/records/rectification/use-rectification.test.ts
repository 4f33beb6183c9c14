import { connection, data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerPartyMessages } from '../../../locales/party-messages';
import type { RectificationTaskRow } from './rectification-query';
import { useRectificationStep, useRectificationTable } from './use-rectification';

const task = { id: 'task-1', status: 'IN_PROGRESS', evidence: null, item: '三重一大事项记录不全' } as RectificationTaskRow;

describe('rectification tasks', () => {
  beforeAll(registerPartyMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('filters by status, organisation and overdue', async () => {
    const requests = stubGateway({ PartyRectificationTasks: data({ rectificationTasks: connection([]) }) });
    const { filters } = useRectificationTable();
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    Object.assign(filters, { status: 'OPEN', overdueOnly: true });
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    expect(requests.map((request) => request.variables.filter)).toEqual([{}, { status: 'OPEN', overdue: true }]);
  });

  it('completes with the evidence and the date done', async () => {
    const requests = stubGateway({ CompleteRectificationTask: data({ moved: { id: 'task-1', status: 'DONE' } }) });
    const step = useRectificationStep(vi.fn());
    step.open({ task, action: 'COMPLETE' });
    expect(step.comment).toMatchObject({ prop: 'evidence', required: true });
    Object.assign(step.form, { evidence: ' 已补齐会议记录 ', doneOn: '2026-02-10' });
    await expect(step.submit()).resolves.toBe('已提交整改完成');
    expect(requests[0]?.variables).toEqual({ input: { id: 'task-1', evidence: '已补齐会议记录', doneOn: '2026-02-10' } });
  });

  it('starts with only the id, and shows a missing evidence on its field', async () => {
    const requests = stubGateway({ StartRectificationTask: data({ moved: { id: 'task-1', status: 'IN_PROGRESS' } }) });
    const step = useRectificationStep(vi.fn());
    step.open({ task, action: 'START' });
    expect(step.comment).toMatchObject({ prop: 'note', required: false });
    await step.submit();
    expect(requests[0]?.variables).toEqual({ input: { id: 'task-1' } });

    stubGateway({ CompleteRectificationTask: refusal('BAD_USER_INPUT', '请填写整改佐证', { field: 'input.evidence', reason: 'EVIDENCE_REQUIRED' }) });
    step.open({ task, action: 'COMPLETE' });
    await step.submit();
    expect(step.fieldErrors.evidence?.localizedMessage).toBe('请填写整改佐证材料');
  });
});
