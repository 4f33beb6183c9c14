import { demoUnitId } from '@jiguan/demo-data/songjiang-units';
import { describe, expect, it } from 'vitest';
import { as, dataOf, expectError } from './client.ts';

/**
 * `allowedActions` is what the state machine lets this viewer do to this row now — the buttons a
 * page shows — and the mutations refuse exactly what it leaves out, with a reason.
 */
const ACTIONS = 'query ($id: ID!) { disposal(id: $id) { status allowedActions steps(first: 20) { totalCount } } }';

async function submittedDisposal() {
  const created = dataOf(
    await as('assets', 'mutation ($input: CreateDisposalInput!) { createDisposal(input: $input) { id allowedActions } }', {
      input: { organizationId: demoUnitId('区教育局'), assetKind: 'PROPERTY', assetCardNumber: `FW-AA-${Date.now()}`, assetName: '测试房屋', value: '1.00', method: 'SCRAP', reason: '测试' },
    }),
  ).createDisposal;
  expect(created.allowedActions).toEqual(['SUBMIT']);
  dataOf(await as('assets', 'mutation ($id: ID!) { submitDisposal(id: $id, reason: "提交") { id } }', { id: created.id }));
  return created.id as string;
}

describe('allowedActions', () => {
  it('follows the state and the four-eyes rule, and the refusal says which rule', async () => {
    const id = await submittedDisposal();
    // The submitter may not decide; another administrator may; the leader reads but acts on nothing.
    expect(dataOf(await as('assets', ACTIONS, { id })).disposal).toMatchObject({ status: 'SUBMITTED', allowedActions: [], steps: { totalCount: 2 } });
    expect(dataOf(await as('admin', ACTIONS, { id })).disposal.allowedActions).toEqual(['APPROVE', 'REJECT']);
    expect(dataOf(await as('leader', ACTIONS, { id })).disposal.allowedActions).toEqual([]);
    const selfApproval = expectError(await as('assets', 'mutation ($id: ID!) { approveDisposal(id: $id, reason: "同意") { id } }', { id }), 'FORBIDDEN');
    expect(selfApproval?.extensions?.reason).toBe('SELF_APPROVAL');
    const executeNow = expectError(await as('admin', 'mutation ($id: ID!) { executeDisposal(id: $id, reason: "执行") { id } }', { id }), 'CONFLICT');
    expect(executeNow?.extensions).toMatchObject({ reason: 'INVALID_TRANSITION', params: { from: 'SUBMITTED', action: 'EXECUTE' } });
    const approved = dataOf(await as('admin', 'mutation ($id: ID!) { approveDisposal(id: $id, reason: "同意") { status allowedActions } }', { id })).approveDisposal;
    expect(approved).toEqual({ status: 'APPROVED', allowedActions: ['EXECUTE'] });
  });

  it('lists the steps of every workflow for staff, and none for a unit user who may not act', async () => {
    const query = `{
      warehouseRequests(first: 1, filter: { status: PENDING }) { edges { node { allowedActions } } }
      vehiclePurchaseApprovals(first: 1, filter: { status: PENDING }) { edges { node { allowedActions } } }
      rectificationItems(first: 1, filter: { status: OPEN }) { edges { node { allowedActions } } }
      leases(first: 1, filter: { current: true }) { edges { node { allowedActions } } }
      roomAllocations(first: 1, filter: { current: true }) { edges { node { allowedActions } } }
      rentedSpaces(first: 1, filter: { current: true }) { edges { node { allowedActions } } }
    }`;
    const staff = dataOf(await as('assets', query));
    expect(Object.fromEntries(Object.entries(staff).map(([field, list]: [string, any]) => [field, list.edges[0]?.node.allowedActions]))).toEqual({
      warehouseRequests: ['APPROVE', 'REJECT'],
      vehiclePurchaseApprovals: ['APPROVE', 'REJECT'],
      rectificationItems: ['START'],
      leases: ['END'],
      roomAllocations: ['END'],
      rentedSpaces: ['GIVE_UP'],
    });
    const unit = dataOf(await as('unit', '{ roomAllocations(first: 5) { edges { node { allowedActions } } } rectificationItems(first: 5) { edges { node { allowedActions } } } }'));
    for (const list of Object.values(unit) as any[]) for (const edge of list.edges) expect(edge.node.allowedActions).toEqual([]);
  });
});
