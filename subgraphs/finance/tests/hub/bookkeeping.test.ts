import { describe, expect, it } from 'vitest';
import { as, AUDIT_UNIT, auditCount, dataOf, expectError, OPEN_SET, openTestAccountSet, OTHER_UNIT, SELF_KEEPING_UNIT, sql } from './client.ts';

/**
 * 代理记账: the units the directory flags are finance's units under agency bookkeeping; finance staff
 * open account sets for them and close their months, once each and in order; others may not.
 */
const CLOSE = 'mutation ($input: CloseAccountSetMonthInput!) { closeAccountSetMonth(input: $input) { id year month accountSet { id closedMonths(year: 2025) } } }';

describe('the units under agency bookkeeping', () => {
  it('are the units the directory flags, with their account sets', async () => {
    const { organizations } = dataOf(await as('admin', '{ organizations(first: 200) { edges { node { id underAgencyBookkeeping } } } }'));
    const flagged = (organizations.edges as { node: { id: string; underAgencyBookkeeping: boolean } }[]).filter((e) => e.node.underAgencyBookkeeping).map((e) => e.node.id).sort();
    const { agencyBookkeepingUnits } = dataOf(await as('finance', '{ agencyBookkeepingUnits(first: 100) { totalCount edges { node { id accountSets(first: 1) { totalCount } } } } }'));
    expect(agencyBookkeepingUnits.totalCount).toBe(48);
    expect((agencyBookkeepingUnits.edges as { node: { id: string } }[]).map((e) => e.node.id).sort()).toEqual(flagged);
    expect(agencyBookkeepingUnits.edges.every((e: any) => e.node.accountSets.totalCount >= 2)).toBe(true);
    const count = (await sql<{ count: string }>('SELECT count(*) FROM finance."AccountSet" WHERE "openedOn" <= $1', ['2024-12-31']))[0]?.count;
    expect(Number(count)).toBe(148);
  });

  it('have every month of 2024 closed in the seed', async () => {
    const { accountSets } = dataOf(await as('finance', '{ accountSets(first: 200, filter: { search: "ZT-" }) { edges { node { code openedOn closedMonths(year: 2024) } } } }'));
    const seeded = (accountSets.edges as { node: { code: string; openedOn: string; closedMonths: number[] } }[]).filter((e) => !e.node.code.startsWith('ZT-TEST'));
    expect(seeded).toHaveLength(148);
    for (const { node } of seeded) {
      const first = node.openedOn.startsWith('2024') ? Number(node.openedOn.slice(5, 7)) : 1;
      expect(node.closedMonths).toEqual(Array.from({ length: 13 - first }, (_, i) => first + i));
    }
  });
});

describe('an account set', () => {
  it('is opened by finance staff for a unit under agency bookkeeping, with an audit record', async () => {
    const before = await auditCount();
    const id = await openTestAccountSet({ kind: 'CANTEEN' });
    const { accountSet } = dataOf(await as('finance', 'query ($id: ID!) { accountSet(id: $id) { kind organization { id } bookkeeper { id } closings { totalCount } } }', { id }));
    expect(accountSet).toMatchObject({ kind: 'CANTEEN', organization: { id: AUDIT_UNIT }, bookkeeper: { id: 'person-demo-finance' }, closings: { totalCount: 0 } });
    expect(await auditCount()).toBe(before + 1);
  });

  it('is refused for a unit that keeps its own books, a taken code, and to a unit user', async () => {
    const input = { organizationId: SELF_KEEPING_UNIT, code: `ZT-SELF-${process.pid}`, name: '某', kind: 'BASIC', bankName: '某行', bankAccount: '1001234567890123', openedOn: '2025-01-01', bookkeeperPersonId: 'person-demo-finance' };
    expectError(await as('finance', OPEN_SET, { input }), 'BAD_USER_INPUT', 'input.organizationId');
    expectError(await as('finance', OPEN_SET, { input: { ...input, organizationId: OTHER_UNIT, code: 'ZT-QWBGS-01' } }), 'CONFLICT');
    expectError(await as('unit', OPEN_SET, { input: { ...input, organizationId: AUDIT_UNIT } }), 'FORBIDDEN');
  });

  it('closes its months once each, in order from its opening month', async () => {
    const id = await openTestAccountSet({ openedOn: '2025-01-15' });
    const before = await auditCount();
    expectError(await as('finance', CLOSE, { input: { accountSetId: id, year: 2025, month: 2 } }), 'CONFLICT'); // January is open
    expectError(await as('finance', CLOSE, { input: { accountSetId: id, year: 2024, month: 12 } }), 'BAD_USER_INPUT', 'input.month'); // before the opening
    const first = dataOf(await as('finance', CLOSE, { input: { accountSetId: id, year: 2025, month: 1 } })).closeAccountSetMonth;
    expect(first.accountSet.closedMonths).toEqual([1]);
    const again = await as('finance', CLOSE, { input: { accountSetId: id, year: 2025, month: 1 } });
    expectError(again, 'CONFLICT');
    expect(again.errors?.[0]?.extensions?.reason).toBe('MONTH_ALREADY_CLOSED');
    expect(dataOf(await as('finance', CLOSE, { input: { accountSetId: id, year: 2025, month: 2 } })).closeAccountSetMonth.accountSet.closedMonths).toEqual([1, 2]);
    expect(await auditCount()).toBe(before + 2);
    const future = new Date().getUTCFullYear() + 1;
    expectError(await as('finance', CLOSE, { input: { accountSetId: id, year: future, month: 1 } }), 'BAD_USER_INPUT', 'input.month');
    expectError(await as('unit', CLOSE, { input: { accountSetId: id, year: 2025, month: 3 } }), 'FORBIDDEN');
  });

  it('closes a month once when many close it at once', async () => {
    const id = await openTestAccountSet({ openedOn: '2025-01-01' });
    const results = await Promise.all(Array.from({ length: 6 }, () => as('finance', CLOSE, { input: { accountSetId: id, year: 2025, month: 1 } })));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(5);
    const count = (await sql<{ count: string }>('SELECT count(*) FROM finance."MonthlyClosing" WHERE "accountSetId" = $1', [id]))[0]?.count;
    expect(Number(count)).toBe(1);
  });
});
