import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { ConflictError } from '@jiguan/shared-schema/errors';
import { isUniqueViolation } from '@jiguan/db/prisma-errors';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { FinanceActionContext } from '../context.ts';
import { idleBefore, totalOf } from '../domain/meal-card.ts';

/** At most this many cards one clean-up takes (a bound on the transaction); the rest wait for the next. */
export const MAX_CARDS_PER_CLEAN_UP = 5_000;

/** The active cards idle since `before`: what a clean-up would refund. */
export const idleCardsWhere = (before: Date): Prisma.MealCardWhereInput => ({ status: 'ACTIVE', lastActivityAt: { lt: before } });

/**
 * 清退闲置资金: finds the active cards with no activity for `idleMonths` months, refunds each its
 * balance and closes it — all of them or none, in one transaction. Each card moves ACTIVE → CLOSED
 * on a conditional update, so a card another clean-up closed meanwhile makes this one lose whole
 * (CONFLICT, nothing written); the refund's unique card is the last guard against a second refund.
 */
export async function cleanUpIdleMealCards({ actor, db }: FinanceActionContext, idleMonths: number, query?: object) {
  const now = new Date();
  const before = idleBefore(now, idleMonths);
  try {
    return await db.$transaction(
      async (tx) => {
        const cards = await tx.mealCard.findMany({ where: idleCardsWhere(before), orderBy: { id: 'asc' }, take: MAX_CARDS_PER_CLEAN_UP, select: { id: true, balance: true } });
        if (cards.length === 0) throw new ConflictError('没有闲置饭卡可清退', { reason: 'NO_IDLE_CARDS', params: { idleMonths } });
        const cleanUp = await tx.mealCardCleanUp.create({
          data: { runAt: now, idleMonths, idleBefore: before, cards: cards.length, total: totalOf(cards.map((card) => card.balance)).toFixed(2), byPersonId: actor.personId ?? actor.accountId },
        });
        for (const card of cards) {
          const closed = await tx.mealCard.updateMany({ where: { id: card.id, ...idleCardsWhere(before) }, data: { status: 'CLOSED', balance: '0', closedAt: now } });
          if (closed.count === 0) throw new ConflictError('饭卡已被另一次清退处理，请刷新后重试', { reason: 'LOST_RACE', params: { what: '饭卡清退' } });
        }
        await tx.mealCardRefund.createMany({ data: cards.map((card) => ({ cardId: card.id, cleanUpId: cleanUp.id, amount: card.balance })) });
        await recordAudit(tx, { actor, action: 'mealCard.cleanUp', entity: 'MealCardCleanUp', entityId: cleanUp.id, before: null, after: { ...auditSnapshot(cleanUp), cardIds: cards.map((card) => card.id) } });
        return tx.mealCardCleanUp.findUniqueOrThrow({ ...query, where: { id: cleanUp.id } });
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError('饭卡已清退过', { reason: 'LOST_RACE', params: { what: '饭卡清退' } });
    throw error;
  }
}
