import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerAssetsMessages } from '../../../locales/assets-messages';
import { useDecideRequest } from './use-decide-request';
import type { WarehouseRequestRow } from './warehouse-requests-query';

const request = { id: 'request-5', quantity: 3, reason: '新进人员办公使用' } as WarehouseRequestRow;

describe('useDecideRequest', () => {
  beforeAll(registerAssetsMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('approves without a reason and tells the saving the server recorded', async () => {
    const requests = stubGateway({
      ApproveWarehouseRequest: data({ decided: { id: request.id, status: 'APPROVED', issue: { id: 'issue-1', savings: '7389.33' } } }),
    });
    const reload = vi.fn();
    const decide = useDecideRequest(reload);
    decide.open({ request, action: 'APPROVE' });
    expect(decide.comment).toMatchObject({ prop: 'reason', label: '审批意见（选填）', required: false });
    await expect(decide.submit()).resolves.toBe('已批准，调剂节约 7,389.33 元');
    expect(requests[0]?.variables).toEqual({ id: 'request-5' });
    expect(reload).toHaveBeenCalledOnce();
  });

  it('rejects with the reason the unit is told', async () => {
    const requests = stubGateway({ RejectWarehouseRequest: data({ decided: { id: request.id, status: 'REJECTED', issue: null } }) });
    const decide = useDecideRequest(vi.fn());
    decide.open({ request, action: 'REJECT' });
    expect(decide.comment).toMatchObject({ prop: 'reason', label: '驳回理由（必填）', required: true });
    decide.form.reason = ' 库存另有安排 ';
    await expect(decide.submit()).resolves.toBe('已驳回，物品已释放');
    expect(requests[0]?.variables).toEqual({ id: 'request-5', reason: '库存另有安排' });
  });

  it('reloads when another officer decided first', async () => {
    stubGateway({ ApproveWarehouseRequest: refusal('CONFLICT', '该申请已被他人处理，请刷新后重试') });
    const reload = vi.fn();
    const decide = useDecideRequest(reload);
    decide.open({ request, action: 'APPROVE' });
    await decide.submit();
    expect(reload).toHaveBeenCalledOnce();
    expect(decide.serverError).toMatchObject({ code: 'CONFLICT' });
  });
});
