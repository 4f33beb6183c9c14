import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerAssetsMessages } from '../../../locales/assets-messages';
import type { DisposalRow } from './disposals-query';
import { useDisposalStep } from './use-disposal-step';

const disposal = { id: 'disposal-7', code: 'CZ-2024-0007', assetName: '别克 GL8', organization: { name: '松江区审计局' } } as DisposalRow;

describe('useDisposalStep', () => {
  beforeAll(registerAssetsMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('sends the step’s own mutation with the trimmed reason, then reloads and says what was done', async () => {
    const requests = stubGateway({ ApproveDisposal: data({ stepped: { id: disposal.id, code: disposal.code, status: 'APPROVED' } }) });
    const reload = vi.fn();
    const step = useDisposalStep(reload);
    step.open({ disposal, action: 'APPROVE' });
    step.form.reason = '  同意报废 ';
    await expect(step.submit()).resolves.toBe('已批复同意 CZ-2024-0007');
    expect(requests).toMatchObject([{ operation: 'ApproveDisposal', variables: { id: 'disposal-7', reason: '同意报废' } }]);
    expect(reload).toHaveBeenCalledOnce();
  });

  it('tells the four-eyes refusal apart and leaves the list as it is', async () => {
    stubGateway({ RejectDisposal: refusal('FORBIDDEN', '不能审批自己提交的处置申请', { reason: 'SELF_APPROVAL' }) });
    const reload = vi.fn();
    const step = useDisposalStep(reload);
    step.open({ disposal, action: 'REJECT' });
    step.form.reason = '材料不全';
    await expect(step.submit()).resolves.toBeNull();
    expect(step.serverError).toMatchObject({ code: 'FORBIDDEN', reason: 'SELF_APPROVAL', localizedMessage: '不能审批自己提交的申请' });
    expect(reload).not.toHaveBeenCalled();
  });

  it('reloads after a CONFLICT: the disposal moved meanwhile', async () => {
    stubGateway({ ExecuteDisposal: refusal('CONFLICT', '处置申请 CZ-2024-0007 已被他人处理，请刷新后重试') });
    const reload = vi.fn();
    const step = useDisposalStep(reload);
    step.open({ disposal, action: 'EXECUTE' });
    step.form.reason = '已拍卖';
    await step.submit();
    expect(reload).toHaveBeenCalledOnce();
    expect(step.target).not.toBeNull();
  });
});
