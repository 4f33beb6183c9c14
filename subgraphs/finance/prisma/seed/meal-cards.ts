/**
 * 饭卡 of songjiang-2024: a card for every person of the demo units; 37,300 top-ups (充值) in 2024
 * (the report: 3.73 万人次) on the 1,522 cards in use, with their canteens' monthly spending; and the
 * 2024 clean-up (清退闲置资金, 2024-11-20, idle 12 months) that refunded and closed the 230 cards
 * unused since before 2023-11-20: 470,300.00 yuan (the report: 47.03 万元).
 */
import { DEMO_PEOPLE } from '@jiguan/demo-data/songjiang-people';
import { demoAccountPersonId } from '@jiguan/demo-data/demo-accounts';
import type { SeededRandom } from '@jiguan/demo-data/seeded-random';
import type { Prisma } from '../generated/client.ts';
import { insertInBatches, insertRows, workingInstant, yuan } from './split.ts';

/** F3 as the rows make it. */
export const MEAL_CARDS_2024 = { topUps: 37_300, idleCards: 230, refundedCents: 47_030_000 };
const CANTEENS = ['区政府机关食堂', '区委机关食堂', '中山中路38号院食堂', '谷阳北路食堂', '区行政服务中心食堂'];
const CLEAN_UP_AT = new Date('2024-11-20T02:00:00.000Z');
const IDLE_BEFORE = new Date('2023-11-20T02:00:00.000Z');

export async function seedMealCards(tx: Prisma.TransactionClient, random: SeededRandom): Promise<void> {
  const idle = new Set(DEMO_PEOPLE.filter((_, i) => i % 7 === 3).slice(0, MEAL_CARDS_2024.idleCards).map((person) => person.id));
  const active = DEMO_PEOPLE.filter((person) => !idle.has(person.id));
  const cards: Prisma.MealCardCreateManyInput[] = [];
  const topUps: Prisma.MealCardTopUpCreateManyInput[] = [];
  const spendings: Prisma.MealCardSpendingCreateManyInput[] = [];
  const refunds: Prisma.MealCardRefundCreateManyInput[] = [];
  const cardId = (personId: string) => `meal-card-${personId.replace(/^person-/, '')}`;

  // Cards in use: 24 or 25 top-ups each in 2024, 200–500 yuan, and a month's spending at a time.
  const base = Math.floor(MEAL_CARDS_2024.topUps / active.length);
  let extra = MEAL_CARDS_2024.topUps - base * active.length;
  for (const person of active) {
    const id = cardId(person.id);
    const count = base + (extra-- > 0 ? 1 : 0);
    let topped = 0;
    let last = new Date(0);
    for (let n = 0; n < count; n += 1) {
      const cents = random.pick([20_000, 30_000, 50_000]);
      topped += cents;
      const toppedUpAt = workingInstant(2024, Math.floor((n * 360) / count) + random.int(0, 4), random.int(8, 17), random.int(0, 59));
      topUps.push({ cardId: id, amount: yuan(cents), toppedUpAt });
      if (toppedUpAt > last) last = toppedUpAt;
    }
    const balance = random.int(0, Math.min(50_000, topped));
    const spent = random.split(topped - balance, 12, 1);
    spent.forEach((cents, month) => {
      const spentAt = workingInstant(2024, Math.floor(month * 30.4) + 26, 12, random.int(0, 59));
      if (spentAt > last) last = spentAt;
      spendings.push({ cardId: id, amount: yuan(cents), spentAt, canteenName: random.pick(CANTEENS) });
    });
    cards.push({ id, personId: person.id, organizationId: person.organizationId, balance: yuan(balance), status: 'ACTIVE', openedOn: new Date(Date.UTC(2019 + random.int(0, 4), random.int(0, 11), 1)), lastActivityAt: last });
  }

  // Idle cards: last used in 2023 before the cut-off; refunded and closed by the 2024 clean-up.
  const refundCents = random.split(MEAL_CARDS_2024.refundedCents, MEAL_CARDS_2024.idleCards, 50_00);
  const cleanUpId = 'meal-card-clean-up-2024';
  DEMO_PEOPLE.filter((person) => idle.has(person.id)).forEach((person, i) => {
    const id = cardId(person.id);
    const refund = refundCents[i]!;
    const spent = random.int(100_00, 600_00);
    const toppedUpAt = workingInstant(2023, random.int(5, 290), random.int(8, 17), random.int(0, 59));
    const spentAt = new Date(toppedUpAt.getTime() + random.int(1, 20) * 86_400_000);
    topUps.push({ cardId: id, amount: yuan(refund + spent), toppedUpAt });
    spendings.push({ cardId: id, amount: yuan(spent), spentAt, canteenName: random.pick(CANTEENS) });
    cards.push({ id, personId: person.id, organizationId: person.organizationId, balance: '0.00', status: 'CLOSED', openedOn: new Date(Date.UTC(2021, 2, 1)), lastActivityAt: spentAt, closedAt: CLEAN_UP_AT });
    refunds.push({ cardId: id, cleanUpId, amount: yuan(refund) });
  });

  await insertInBatches(cards, (batch) => tx.mealCard.createMany({ data: batch }));
  await tx.mealCardCleanUp.create({
    data: { id: cleanUpId, runAt: CLEAN_UP_AT, idleMonths: 12, idleBefore: IDLE_BEFORE, cards: MEAL_CARDS_2024.idleCards, total: yuan(MEAL_CARDS_2024.refundedCents), byPersonId: demoAccountPersonId('finance') },
  });
  await insertInBatches(refunds, (batch) => tx.mealCardRefund.createMany({ data: batch }));
  await insertRows(tx, 'MealCardTopUp', topUps.map((row, i) => ({ id: `meal-card-top-up-${String(i + 1).padStart(6, '0')}`, ...row })));
  await insertRows(tx, 'MealCardSpending', spendings.map((row, i) => ({ id: `meal-card-spending-${String(i + 1).padStart(6, '0')}`, ...row })));
}
