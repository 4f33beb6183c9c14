import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerServicesMessages } from '../../../locales/services-messages';
import { useWorkOrderStep } from './use-work-order-step';
import type { WorkOrderRow } from './work-orders-query';

const order = { id: 'wo-7', category: 'PLUMBING', description: '三楼卫生间漏水', providerName: null, workerName: null } as WorkOrderRow;
const moved = (status: string) => ({ moved: { id: order.id, status } });

describe('useWorkOrderStep', () => {
  beforeAll(registerServicesMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('assigns to the chosen provider and the worker typed, trimmed', async () => {
    const requests = stubGateway({ AssignWorkOrder: data(moved('ASSIGNED')) });
    const reload = vi.fn();
    const step = useWorkOrderStep(reload);
    step.open({ order, action: 'ASSIGN' });
    Object.assign(step.form, { providerName: '上海茸城设施维保有限公司', workerName: ' 王师傅 ' });
    await expect(step.submit()).resolves.toBe('已派单');
    expect(requests).toMatchObject([{ operation: 'AssignWorkOrder', variables: { input: { id: 'wo-7', providerName: '上海茸城设施维保有限公司', workerName: '王师傅' } } }]);
    expect(reload).toHaveBeenCalledOnce();
  });

  it('rates with the stars and the comment, five stars to start with', async () => {
    const requests = stubGateway({ RateWorkOrder: data(moved('RATED')) });
    const step = useWorkOrderStep(vi.fn());
    step.open({ order, action: 'RATE' });
    expect(step.form.rating).toBe(5);
    step.form.comment = ' 修得很快 ';
    await expect(step.submit()).resolves.toBe('已评价');
    expect(requests[0]).toMatchObject({ operation: 'RateWorkOrder', variables: { input: { id: 'wo-7', rating: 5, comment: '修得很快' } } });
  });

  it('rates without a comment when none is written', async () => {
    const requests = stubGateway({ RateWorkOrder: data(moved('RATED')) });
    const step = useWorkOrderStep(vi.fn());
    step.open({ order, action: 'RATE' });
    step.form.rating = 3;
    await step.submit();
    expect(requests[0]?.variables).toEqual({ input: { id: 'wo-7', rating: 3 } });
  });

  it.each([
    ['START', 'StartWorkOrder', '已开始维修'],
    ['FINISH', 'FinishWorkOrder', '已完成维修'],
    ['CLOSE', 'CloseWorkOrder', '已关闭工单'],
    ['REOPEN', 'ReopenWorkOrder', '已重新打开'],
  ] as const)('%s sends only the work order', async (action, operation, done) => {
    const requests = stubGateway({ [operation]: data(moved('X')) });
    const step = useWorkOrderStep(vi.fn());
    step.open({ order, action });
    await expect(step.submit()).resolves.toBe(done);
    expect(requests).toEqual([expect.objectContaining({ operation, variables: { input: { id: 'wo-7' } } })]);
  });

  it('says a reopen came too late, in the dialog, and reloads the list', async () => {
    stubGateway({ ReopenWorkOrder: refusal('CONFLICT', '完成已超过 7 天，不能重新打开', { reason: 'REOPEN_WINDOW_PASSED', params: { days: 7 } }) });
    const reload = vi.fn();
    const step = useWorkOrderStep(reload);
    step.open({ order, action: 'REOPEN' });
    await expect(step.submit()).resolves.toBeNull();
    expect(step.serverError?.localizedMessage).toBe('完成已超过 7 天，不能重新打开');
    expect(step.target).not.toBeNull();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('shows a rating out of range on the stars', async () => {
    stubGateway({ RateWorkOrder: refusal('BAD_USER_INPUT', '评分为 1–5 星', { field: 'input.rating', reason: 'RATING_RANGE', params: { min: 1, max: 5 } }) });
    const step = useWorkOrderStep(vi.fn());
    step.open({ order, action: 'RATE' });
    step.form.rating = 0;
    await step.submit();
    expect(step.fieldErrors.rating?.localizedMessage).toBe('评分为 1–5 星');
  });
});
