import { expect, it } from 'vitest';
import { as, dataOf, financeUrl, sqlStatementCount } from './client.ts';

/** SQL statements do not grow with the rows: a 200-row page with nested fields costs what a 10-row one does. */
async function statements(query: string, first: number, list: string) {
  const once = async () => {
    const before = await sqlStatementCount(financeUrl());
    expect(dataOf(await as('finance', query, { first }))[list].edges).toHaveLength(first);
    return (await sqlStatementCount(financeUrl())) - before;
  };
  return Math.min(await once(), await once(), await once());
}

const PAYMENTS = `query ($first: Int!) { payments(first: $first, orderBy: PAID_AT_DESC) { totalCount edges { node {
  number amount status allowedActions attachmentNames submittedBy { id } paidBy { id }
  organization { id accountSets(first: 2) { totalCount edges { node { code } } } }
  accountSet { code kind closedMonths(year: 2024) bookkeeper { id } }
  economicClassification { code name }
} } } }`;

it('lists 200 payments with their unit, account set and classification in as many SQL statements as 10', async () => {
  await statements(PAYMENTS, 2, 'payments');
  const few = await statements(PAYMENTS, 10, 'payments');
  const many = await statements(PAYMENTS, 200, 'payments');
  console.log(`payments(first: 10) → ${few}; payments(first: 200) → ${many} SQL statements`);
  expect(many).toBe(few);
  expect(many).toBeLessThanOrEqual(10);
});

const SETS = `query ($first: Int!) { accountSets(first: $first) { totalCount edges { node {
  code kind openedOn bookkeeper { id } organization { id } closedMonths(year: 2024)
  closings(first: 3) { totalCount edges { node { year month closedBy { id } } } }
  payments(first: 2) { totalCount edges { node { amount } } }
} } } }`;

it('lists 148 account sets with their closings and payments in as many SQL statements as 10', async () => {
  await statements(SETS, 2, 'accountSets');
  const few = await statements(SETS, 10, 'accountSets');
  const many = await statements(SETS, 148, 'accountSets');
  console.log(`accountSets(first: 10) → ${few}; accountSets(first: 148) → ${many} SQL statements`);
  expect(many).toBe(few);
});
