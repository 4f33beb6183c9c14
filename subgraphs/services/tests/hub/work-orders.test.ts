import { describe, expect, it } from 'vitest';
import { as, AUDIT_UNIT, dataOf, expectError, sql } from './client.ts';

/** 报修工单 and 意见反馈 through the gateway: every step allowed and refused, the SLA and overdue flag, reopen within 7 days, rating. */
const SUBMIT = 'mutation ($input: SubmitWorkOrderInput!) { submitWorkOrder(input: $input) { id status priority dueAt createdAt overdue allowedActions organization { id } } }';
const FIELDS = '{ id status rating overdue reopenCount providerName allowedActions }';
const step = (verb: string, input: object, type = 'WorkOrderStepInput') => [`mutation ($input: ${type}!) { ${verb}WorkOrder(input: $input) ${FIELDS} }`, { input }] as const;
const order = { buildingId: 'building-0002', location: '3楼东侧卫生间', category: 'PLUMBING', description: '水龙头漏水', priority: 'URGENT' };

describe('work orders', () => {
  it('a unit files one; staff assign, start and finish it; the unit rates it; staff close it', async () => {
    const filed = dataOf(await as('unit', SUBMIT, { input: order })).submitWorkOrder;
    expect(filed).toMatchObject({ status: 'SUBMITTED', overdue: false, organization: { id: AUDIT_UNIT }, allowedActions: [] });
    expect(Date.parse(filed.dueAt) - Date.parse(filed.createdAt)).toBe(4 * 3600_000); // URGENT: 4 hours
    const { id } = filed;
    expectError(await as('unit', ...step('assign', { id, providerName: '某物业', workerName: '张师傅' }, 'AssignWorkOrderInput')), 'FORBIDDEN');
    expect(dataOf(await as('services', ...step('assign', { id, providerName: '上海某物业管理有限公司', workerName: '张师傅' }, 'AssignWorkOrderInput'))).assignWorkOrder.status).toBe('ASSIGNED');
    expectError(await as('services', ...step('finish', { id })), 'CONFLICT');
    expect(dataOf(await as('services', ...step('start', { id }))).startWorkOrder.status).toBe('IN_PROGRESS');
    const done = dataOf(await as('services', ...step('finish', { id }))).finishWorkOrder;
    expect(done.status).toBe('DONE');
    expectError(await as('services', ...step('rate', { id, rating: 5 }, 'RateWorkOrderInput')), 'FORBIDDEN');
    expectError(await as('unit', ...step('rate', { id, rating: 6 }, 'RateWorkOrderInput')), 'BAD_USER_INPUT', 'input.rating');
    const rated = dataOf(await as('unit', ...step('rate', { id, rating: 5, comment: '维修及时' }, 'RateWorkOrderInput'))).rateWorkOrder;
    expect(rated).toMatchObject({ status: 'RATED', rating: 5, allowedActions: ['REOPEN'] });
    expectError(await as('unit', ...step('close', { id })), 'FORBIDDEN');
    expect(dataOf(await as('services', ...step('close', { id }))).closeWorkOrder.status).toBe('CLOSED');
    expectError(await as('unit', ...step('reopen', { id })), 'CONFLICT');
  });

  it('reopens within 7 days of done, not after', async () => {
    const { id } = dataOf(await as('unit', SUBMIT, { input: { ...order, priority: 'NORMAL' } })).submitWorkOrder;
    await as('services', ...step('assign', { id, providerName: '某物业', workerName: '李师傅' }, 'AssignWorkOrderInput'));
    await as('services', ...step('start', { id }));
    await as('services', ...step('finish', { id }));
    const reopened = dataOf(await as('unit', ...step('reopen', { id }))).reopenWorkOrder;
    expect(reopened).toMatchObject({ status: 'ASSIGNED', reopenCount: 1, rating: null });
    await as('services', ...step('start', { id }));
    await as('services', ...step('finish', { id }));
    await sql(`UPDATE services."WorkOrder" SET "doneAt" = now() - interval '8 days' WHERE id = $1`, [id]);
    const late = await as('unit', ...step('reopen', { id }));
    expectError(late, 'CONFLICT');
    expect(late.errors?.[0]?.extensions?.reason).toBe('REOPEN_WINDOW_PASSED');
  });

  it('flags an order not done by its due time as overdue', async () => {
    const { id } = dataOf(await as('unit', SUBMIT, { input: { ...order, priority: 'LOW' } })).submitWorkOrder;
    await sql(`UPDATE services."WorkOrder" SET "dueAt" = now() - interval '1 hour' WHERE id = $1`, [id]);
    const { workOrders } = dataOf(await as('unit', '{ workOrders(filter: { overdue: true }, first: 200) { edges { node { id overdue } } } }'));
    expect(workOrders.edges.map((e: any) => e.node)).toContainEqual({ id, overdue: true });
  });
});

describe('feedback', () => {
  it('a unit submits it; staff reply, once', async () => {
    const { submitFeedback } = dataOf(await as('unit', 'mutation ($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { id status allowedActions organization { id } } }', { input: { subject: '食堂', content: '希望增加素食窗口' } }));
    expect(submitFeedback).toMatchObject({ status: 'SUBMITTED', allowedActions: [], organization: { id: AUDIT_UNIT } });
    const REPLY = 'mutation ($input: ReplyToFeedbackInput!) { replyToFeedback(input: $input) { status reply } }';
    expectError(await as('unit', REPLY, { input: { id: submitFeedback.id, reply: '好' } }), 'FORBIDDEN');
    expect(dataOf(await as('services', REPLY, { input: { id: submitFeedback.id, reply: '已于二楼增设素食窗口' } })).replyToFeedback.status).toBe('REPLIED');
    expectError(await as('services', REPLY, { input: { id: submitFeedback.id, reply: '再答' } }), 'CONFLICT');
  });
});
