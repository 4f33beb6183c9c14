import { demoUnitId } from '@jiguan/demo-data/songjiang-units';
import { Prisma } from '../../prisma/generated/client.ts';
import { describe, expect, it } from 'vitest';
import { as, AUDIT_UNIT, auditCount, dataOf, expectError, sql } from './client.ts';

/**
 * 饭卡: finance staff open cards, top them up and record canteen spending; a balance is the
 * person's and finance staff's to see; the clean-up of idle cards refunds and closes them all or
 * none, and never a card twice, also when two run at once.
 */
const OPEN = 'mutation ($input: OpenMealCardInput!) { openMealCard(input: $input) { id status balance person { id } } }';
const TOP_UP = 'mutation ($input: TopUpMealCardInput!) { topUpMealCard(input: $input) { id balance lastActivityAt } }';
const SPEND = 'mutation ($input: RecordCanteenSpendingInput!) { recordCanteenSpending(input: $input) { id balance } }';
const CLEAN_UP = 'mutation ($input: CleanUpIdleMealCardsInput!) { cleanUpIdleMealCards(input: $input) { id cards total refunds { totalCount edges { node { amount } } } } }';
const PREVIEW = 'query ($m: Int) { mealCardCleanUpPreview(idleMonths: $m) { idleMonths idleBefore cards total } }';
const BUREAU = demoUnitId('区机管局');
const MEMBER_UNIT = demoUnitId('资产管理科');

const openCard = async (personId: string, organizationId: string) => dataOf(await as('finance', OPEN, { input: { personId, organizationId } })).openMealCard.id as string;

describe('a meal card', () => {
  it('is opened once per person, topped up and spent from, in decimals, each change audited', async () => {
    const before = await auditCount();
    const id = await openCard('person-demo-bi', BUREAU);
    expectError(await as('finance', OPEN, { input: { personId: 'person-demo-bi', organizationId: BUREAU } }), 'CONFLICT');
    expect(dataOf(await as('finance', TOP_UP, { input: { cardId: id, amount: '100.10' } })).topUpMealCard.balance).toBe('100.10');
    expect(dataOf(await as('finance', SPEND, { input: { cardId: id, amount: '30.20', canteenName: '区政府机关食堂' } })).recordCanteenSpending.balance).toBe('69.90');
    const over = await as('finance', SPEND, { input: { cardId: id, amount: '69.91', canteenName: '区政府机关食堂' } });
    expectError(over, 'CONFLICT');
    expect(over.errors?.[0]?.extensions?.reason).toBe('INSUFFICIENT_BALANCE');
    expectError(await as('unit', TOP_UP, { input: { cardId: id, amount: '1.00' } }), 'FORBIDDEN');
    expect(await auditCount()).toBe(before + 3);
  });

  it('shows its balance to the person and finance staff, not to colleagues or leaders', async () => {
    const id = await openCard('person-demo-unit', AUDIT_UNIT);
    dataOf(await as('finance', TOP_UP, { input: { cardId: id, amount: '50.00' } }));
    const CARD = 'query ($id: ID!) { mealCard(id: $id) { id balance topUps { totalCount } } }';
    expect(dataOf(await as('unit', CARD, { id })).mealCard).toMatchObject({ balance: '50.00', topUps: { totalCount: 1 } });
    expect(dataOf(await as('finance', CARD, { id })).mealCard.balance).toBe('50.00');
    const leader = await as('leader', CARD, { id });
    expectError(leader, 'FORBIDDEN');
    expect(leader.data?.mealCard?.balance ?? null).toBeNull();
    // A colleague's card of the same unit: the unit user sees the card, not its balance.
    const { mealCards } = dataOf(await as('unit', `{ mealCards(first: 5, filter: { organizationId: "${AUDIT_UNIT}" }) { edges { node { id person { id } } } } }`));
    const colleague = mealCards.edges.map((e: any) => e.node).find((card: any) => card.person.id !== 'person-demo-unit');
    const theirs = await as('unit', CARD, { id: colleague.id });
    expectError(theirs, 'FORBIDDEN');
    expect(theirs.data?.mealCard?.balance ?? null).toBeNull();
    // Another unit's cards are not there at all.
    expect(dataOf(await as('unit', `{ mealCards(filter: { organizationId: "${BUREAU}" }) { totalCount } }`)).mealCards.totalCount).toBe(0);
  });
});

describe('the clean-up of idle cards', () => {
  it('previews, then refunds and closes them once when two run at once', async () => {
    const id = await openCard('person-demo-member', MEMBER_UNIT);
    dataOf(await as('finance', TOP_UP, { input: { cardId: id, amount: '88.88' } }));
    await sql(`UPDATE finance."MealCard" SET "lastActivityAt" = '2010-01-01T00:00:00Z' WHERE id = $1`, [id]);
    const preview = dataOf(await as('finance', PREVIEW, { m: 120 })).mealCardCleanUpPreview;
    expect(preview).toMatchObject({ idleMonths: 120, cards: 1, total: '88.88' });
    const before = await auditCount();
    const results = await Promise.all([as('finance', CLEAN_UP, { input: { idleMonths: 120 } }), as('finance', CLEAN_UP, { input: { idleMonths: 120 } })]);
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    console.log(`two clean-ups at once → ${won.length} refunded, ${lost.length} CONFLICT (${lost.map((r) => r.errors?.[0]?.extensions?.reason).join(', ')})`);
    expect([won.length, lost.length]).toEqual([1, 1]);
    expect(won[0]?.data?.cleanUpIdleMealCards).toMatchObject({ cards: 1, total: '88.88', refunds: { totalCount: 1, edges: [{ node: { amount: '88.88' } }] } });
    expect(await auditCount()).toBe(before + 1);
    const rows = await sql<{ status: string; balance: string; refunds: string }>(`SELECT c.status, c.balance::text AS balance, (SELECT count(*) FROM finance."MealCardRefund" r WHERE r."cardId" = c.id)::text AS refunds FROM finance."MealCard" c WHERE c.id = $1`, [id]);
    expect(rows).toEqual([{ status: 'CLOSED', balance: '0.00', refunds: '1' }]);
    expect(dataOf(await as('finance', PREVIEW, { m: 120 })).mealCardCleanUpPreview.cards).toBe(0);
    const again = await as('finance', CLEAN_UP, { input: { idleMonths: 120 } });
    expectError(again, 'CONFLICT');
    expect(again.errors?.[0]?.extensions?.reason).toBe('NO_IDLE_CARDS');
    const closed = await as('finance', TOP_UP, { input: { cardId: id, amount: '1.00' } });
    expect(closed.errors?.[0]?.extensions?.reason).toBe('MEAL_CARD_CLOSED');
  });

  it('is for finance staff', async () => {
    expectError(await as('unit', CLEAN_UP, { input: { idleMonths: 120 } }), 'FORBIDDEN');
    expectError(await as('leader', PREVIEW, { m: 12 }), 'FORBIDDEN');
  });
});

describe('the seeded meal cards of 2024', () => {
  it('refunded 470,300.00 in the 2024 clean-up, to the cent as SQL sums it', async () => {
    const rows = await sql<{ amount: string }>(`SELECT r.amount::text AS amount FROM finance."MealCardRefund" r JOIN finance."MealCardCleanUp" u ON u.id = r."cleanUpId" WHERE u."runAt" >= '2024-01-01T00:00:00+08' AND u."runAt" < '2025-01-01T00:00:00+08'`);
    expect(rows).toHaveLength(230);
    expect(rows.reduce((sum, row) => sum.plus(row.amount), new Prisma.Decimal(0)).toFixed(2)).toBe('470300.00');
    const [{ wrong } = { wrong: '-1' }] = await sql<{ wrong: string }>(`SELECT count(*)::text AS wrong FROM finance."MealCard" c WHERE c.balance < 0`);
    expect(wrong).toBe('0');
  });
});
