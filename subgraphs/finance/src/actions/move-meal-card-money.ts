import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { ConflictError, NotFoundError } from '@jiguan/shared-schema/errors';
import type { FinanceActionContext } from '../context.ts';
import type { RecordCanteenSpendingInput, TopUpMealCardInput } from '../schema/meal-card.ts';

/**
 * 充值 and canteen spending: one transaction that changes the balance with a conditional update
 * (an active card; for spending, one whose balance covers it), writes the movement and its audit.
 */
async function moveMoney({ actor, db }: FinanceActionContext, cardId: string, kind: 'topUp' | 'spend', amount: string, canteenName: string | null) {
  return db.$transaction(async (tx) => {
    const card = await tx.mealCard.findUnique({ where: { id: cardId } });
    if (!card) throw new NotFoundError('饭卡', cardId);
    const now = new Date();
    const changed = await tx.mealCard.updateMany({
      where: { id: card.id, status: 'ACTIVE', ...(kind === 'spend' ? { balance: { gte: amount } } : {}) },
      data: { balance: kind === 'topUp' ? { increment: amount } : { decrement: amount }, lastActivityAt: now },
    });
    if (changed.count === 0) {
      const current = await tx.mealCard.findUniqueOrThrow({ where: { id: card.id } });
      if (current.status !== 'ACTIVE') throw new ConflictError('饭卡已注销', { reason: 'MEAL_CARD_CLOSED' });
      throw new ConflictError('饭卡余额不足', { reason: 'INSUFFICIENT_BALANCE', params: { balance: current.balance.toFixed(2) } });
    }
    const movement =
      kind === 'topUp'
        ? await tx.mealCardTopUp.create({ data: { cardId: card.id, amount, toppedUpAt: now } })
        : await tx.mealCardSpending.create({ data: { cardId: card.id, amount, spentAt: now, canteenName: canteenName ?? '' } });
    const after = await tx.mealCard.findUniqueOrThrow({ where: { id: card.id } });
    await recordAudit(tx, { actor, action: `mealCard.${kind}`, entity: 'MealCard', entityId: card.id, before: auditSnapshot(card), after: { mealCard: auditSnapshot(after), movement: auditSnapshot(movement) } });
    return after;
  });
}

export const topUpMealCard = (context: FinanceActionContext, input: typeof TopUpMealCardInput.$inferInput) => moveMoney(context, input.cardId, 'topUp', input.amount, null);

export const recordCanteenSpending = (context: FinanceActionContext, input: typeof RecordCanteenSpendingInput.$inferInput) => moveMoney(context, input.cardId, 'spend', input.amount, input.canteenName);
