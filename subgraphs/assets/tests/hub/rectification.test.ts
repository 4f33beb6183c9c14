import { demoUnitId } from '@jiguan/demo-data/songjiang-units';
import { describe, expect, it } from 'vitest';
import { as, dataOf, expectError } from './client.ts';

const RECORD = `mutation ($input: RecordInspectionInput!) { recordInspection(input: $input) {
  id organization { id } problems { totalCount edges { node { id rectificationItems { edges { node { id status overdue } } } } } }
} }`;
/** The mutation of a verb; submitting and sending back need a note, the other steps take one optionally. */
const verb = (name: string) => {
  const noteType = name === 'submitRectification' || name === 'rejectRectification' ? 'String!' : 'String';
  return `mutation ($id: ID!, $note: ${noteType}) { ${name}(id: $id, note: $note) { id status note } }`;
};

async function inspect(dueOn: string) {
  const inspection = dataOf(
    await as('assets', RECORD, {
      input: {
        organizationId: demoUnitId('区审计局'),
        inspectedOn: '2025-03-10',
        inspectors: '区机管局资产管理科',
        problems: [{ buildingId: null, category: 'ALLOCATION_AND_USE', description: '办公用房改作库房使用', rectificationItems: [{ suggestion: '清理并恢复办公用途', owner: '孙佳怡', dueOn }] }],
      },
    }),
  ).recordInspection;
  return inspection.problems.edges[0].node.rectificationItems.edges[0].node as { id: string; status: string; overdue: boolean };
}

describe('rectification item: OPEN → RECTIFYING → SUBMITTED → VERIFIED', () => {
  it('records an inspection with its problems and items in one go', async () => {
    const item = await inspect('2025-04-10');
    expect(item.status).toBe('OPEN');
    // Due in the past and still open: overdue.
    expect(item.overdue).toBe(true);
  });

  it('runs every step, and refuses a skipped or repeated one', async () => {
    const { id } = await inspect('2099-12-31');
    expectError(await as('assets', verb('submitRectification'), { id, note: '已整改' }), 'CONFLICT');
    expectError(await as('assets', verb('verifyRectification'), { id }), 'CONFLICT');
    expect(dataOf(await as('assets', verb('startRectification'), { id })).startRectification.status).toBe('RECTIFYING');
    expectError(await as('assets', verb('startRectification'), { id }), 'CONFLICT');
    expect(dataOf(await as('assets', verb('submitRectification'), { id, note: '已清理库存物品' })).submitRectification).toMatchObject({ status: 'SUBMITTED', note: '已清理库存物品' });
    // A failed check sends it back, with why.
    expect(dataOf(await as('assets', verb('rejectRectification'), { id, note: '现场仍有杂物' })).rejectRectification).toMatchObject({ status: 'RECTIFYING', note: '现场仍有杂物' });
    await as('assets', verb('submitRectification'), { id, note: '已全部清理' });
    expect(dataOf(await as('assets', verb('verifyRectification'), { id, note: '复核通过' })).verifyRectification.status).toBe('VERIFIED');
    for (const name of ['startRectification', 'verifyRectification']) expectError(await as('assets', verb(name), { id }), 'CONFLICT');
  });

  it('lets only staff and admins move an item, and finds items by status and overdue', async () => {
    const { id } = await inspect('2099-12-31');
    for (const user of ['unit', 'leader'] as const) expectError(await as(user, verb('startRectification'), { id }), 'FORBIDDEN');
    expectError(await as('assets', verb('startRectification'), { id: 'no-such-item' }), 'NOT_FOUND');
    const { overdue, notOverdue } = dataOf(
      await as('unit', '{ overdue: rectificationItems(filter: { overdue: true }) { edges { node { overdue } } } notOverdue: rectificationItems(filter: { overdue: false }) { edges { node { overdue } } } }'),
    );
    expect(overdue.edges.every((e: any) => e.node.overdue)).toBe(true);
    expect(notOverdue.edges.every((e: any) => !e.node.overdue)).toBe(true);
  });
});
