import { actingAs } from '@jiguan/shared-schema/context';
import { decimalColumn } from '@jiguan/shared-schema/schema/decimal-column';
import { orderEnum } from '@jiguan/shared-schema/schema/order-enum';
import { failure, text } from '@jiguan/shared-schema/validation/input-rules';
import { z } from 'zod';
import type { Prisma } from '../../prisma/generated/client.ts';
import { MealCardStatus } from '../../prisma/generated/enums.ts';
import { cleanUpIdleMealCards, idleCardsWhere, MAX_CARDS_PER_CLEAN_UP } from '../actions/clean-up-idle-meal-cards.ts';
import { recordCanteenSpending, topUpMealCard } from '../actions/move-meal-card-money.ts';
import { openMealCard } from '../actions/open-meal-card.ts';
import { builder } from '../builder.ts';
import { loadConfig } from '../config.ts';
import { financeAccess } from '../domain/access.ts';
import { IDLE_MONTHS_RANGE, idleBefore, maySeeBalance } from '../domain/meal-card.ts';
import { PersonRef } from './places.ts';
import { money } from './validation.ts';

const MealCardStatusEnum = builder.enumType(MealCardStatus, { name: 'MealCardStatus', description: '使用中 / 已注销' });
const DEFAULT_IDLE_MONTHS = loadConfig().mealCardIdleMonths;

builder.prismaObject('MealCardTopUp', {
  description: '充值: money put on a meal card',
  fields: (t) => ({
    id: t.exposeID('id'),
    amount: t.field({ type: 'Decimal', resolve: decimalColumn('amount') }),
    toppedUpAt: t.expose('toppedUpAt', { type: 'DateTime' }),
  }),
});

builder.prismaObject('MealCardSpending', {
  description: 'Canteen spending from a meal card',
  fields: (t) => ({
    id: t.exposeID('id'),
    amount: t.field({ type: 'Decimal', resolve: decimalColumn('amount') }),
    spentAt: t.expose('spentAt', { type: 'DateTime' }),
    canteenName: t.exposeString('canteenName'),
  }),
});

builder.prismaObject('MealCardRefund', {
  description: 'A card’s balance refunded by a clean-up (once per card)',
  fields: (t) => ({ id: t.exposeID('id'), amount: t.field({ type: 'Decimal', resolve: decimalColumn('amount') }), cleanUp: t.relation('cleanUp') }),
});

const personal = { authScopes: (card: { personId: string }, _args: unknown, context: { viewer: Parameters<typeof maySeeBalance>[0] }) => maySeeBalance(context.viewer, card) } as const;

builder.prismaObject('MealCard', {
  description: '饭卡: a person’s canteen card account; its balance and movements only for finance staff and the person',
  fields: (t) => ({
    id: t.exposeID('id'),
    person: t.field({ type: PersonRef, resolve: (card) => ({ id: card.personId }) }),
    organization: t.relation('organization', { description: 'The person’s unit' }),
    status: t.expose('status', { type: MealCardStatusEnum }),
    openedOn: t.expose('openedOn', { type: 'Date' }),
    lastActivityAt: t.expose('lastActivityAt', { type: 'DateTime', description: 'The last top-up or spending' }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    balance: t.field({ type: 'Decimal', nullable: true, ...personal, description: 'Yuan (finance staff and the person)', resolve: decimalColumn('balance') }),
    topUps: t.relatedConnection('topUps', { cursor: 'id', totalCount: true, nullable: true, ...personal, query: { orderBy: [{ toppedUpAt: 'desc' }, { id: 'asc' }] } }),
    spendings: t.relatedConnection('spendings', { cursor: 'id', totalCount: true, nullable: true, ...personal, query: { orderBy: [{ spentAt: 'desc' }, { id: 'asc' }] } }),
    refund: t.relation('refund', { nullable: true, ...personal, description: 'Its refund, when a clean-up closed it' }),
  }),
});

builder.prismaObject('MealCardCleanUp', {
  description: '清退闲置资金: one clean-up of idle meal cards',
  fields: (t) => ({
    id: t.exposeID('id'),
    runAt: t.expose('runAt', { type: 'DateTime' }),
    idleMonths: t.exposeInt('idleMonths'),
    idleBefore: t.expose('idleBefore', { type: 'DateTime' }),
    cards: t.exposeInt('cards', { description: 'Cards refunded and closed' }),
    total: t.field({ type: 'Decimal', description: 'Refunded, yuan', resolve: decimalColumn('total') }),
    by: t.field({ type: PersonRef, resolve: (cleanUp) => ({ id: cleanUp.byPersonId }) }),
    refunds: t.relatedConnection('refunds', { cursor: 'id', totalCount: true, query: { orderBy: [{ cardId: 'asc' }] } }),
  }),
});

interface Preview {
  idleMonths: number;
  idleBefore: Date;
  cards: number;
  total: string;
}

const PreviewRef = builder.objectRef<Preview>('MealCardCleanUpPreview').implement({
  description: 'What a clean-up with these idle months would refund now',
  fields: (t) => ({
    idleMonths: t.exposeInt('idleMonths'),
    idleBefore: t.expose('idleBefore', { type: 'DateTime', description: 'No activity since' }),
    cards: t.exposeInt('cards', { description: `Cards it would refund and close (at most ${MAX_CARDS_PER_CLEAN_UP} a clean-up)` }),
    total: t.field({ type: 'Decimal', description: 'Their balances, yuan', resolve: (p) => p.total }),
  }),
});

const idleMonthsRule = z.number().superRefine((value, ctx) => {
  if (!Number.isInteger(value) || value < IDLE_MONTHS_RANGE.min || value > IDLE_MONTHS_RANGE.max) failure(ctx, `闲置月数为 ${IDLE_MONTHS_RANGE.min}–${IDLE_MONTHS_RANGE.max}`, 'IDLE_MONTHS_RANGE', { ...IDLE_MONTHS_RANGE });
});

const MealCardFilter = builder.inputType('MealCardFilter', {
  fields: (t) => ({ organizationId: t.id(), personId: t.id(), status: t.field({ type: MealCardStatusEnum }), idleMonths: t.int({ validate: idleMonthsRule, description: 'Only active cards idle this many months' }) }),
});

const mealCardWhere = (filter: typeof MealCardFilter.$inferInput | null | undefined): Prisma.MealCardWhereInput => ({
  AND: [
    filter?.organizationId ? { organizationId: filter.organizationId } : {},
    filter?.personId ? { personId: filter.personId } : {},
    filter?.status ? { status: filter.status } : {},
    filter?.idleMonths ? idleCardsWhere(idleBefore(new Date(), filter.idleMonths)) : {},
  ],
});

const mealCardOrder = orderEnum(builder, 'MealCardOrder', {
  PERSON: [{ personId: 'asc' }],
  LAST_ACTIVITY: [{ lastActivityAt: 'asc' }, { id: 'asc' }],
} satisfies Record<string, Prisma.MealCardOrderByWithRelationInput[]>);

builder.queryFields((t) => ({
  mealCards: t.prismaConnection({
    type: 'MealCard',
    cursor: 'id',
    authScopes: financeAccess.read,
    description: 'Meal cards the viewer sees (a unit user: its unit’s; balances only its own)',
    args: { filter: t.arg({ type: MealCardFilter }), orderBy: t.arg({ type: mealCardOrder.ref, defaultValue: mealCardOrder.defaultValue }) },
    resolve: (query, _root, { filter, orderBy }, context) => context.db.mealCard.findMany({ ...query, where: mealCardWhere(filter), orderBy: mealCardOrder.orderBy(orderBy) }),
    totalCount: (_connection, { filter }, context) => context.db.mealCard.count({ where: mealCardWhere(filter) }),
  }),
  mealCard: t.prismaField({
    type: 'MealCard',
    nullable: true,
    authScopes: financeAccess.read,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, context) => context.db.mealCard.findUnique({ ...query, where: { id } }),
  }),
  mealCardCleanUps: t.prismaConnection({
    type: 'MealCardCleanUp',
    cursor: 'id',
    authScopes: financeAccess.write,
    description: 'The clean-ups of idle cards, latest first (finance staff)',
    resolve: (query, _root, _args, context) => context.db.mealCardCleanUp.findMany({ ...query, orderBy: [{ runAt: 'desc' }, { id: 'asc' }] }),
    totalCount: (_connection, _args, context) => context.db.mealCardCleanUp.count(),
  }),
  mealCardCleanUpPreview: t.field({
    type: PreviewRef,
    authScopes: financeAccess.write,
    description: `What a clean-up would refund now: the active cards idle for idleMonths (default ${DEFAULT_IDLE_MONTHS}, MEAL_CARD_IDLE_MONTHS) and their balances (finance staff)`,
    args: { idleMonths: t.arg.int({ validate: idleMonthsRule }) },
    resolve: async (_root, { idleMonths }, context) => {
      const months = idleMonths ?? DEFAULT_IDLE_MONTHS;
      const before = idleBefore(new Date(), months);
      const ids = await context.db.mealCard.findMany({ where: idleCardsWhere(before), orderBy: { id: 'asc' }, take: MAX_CARDS_PER_CLEAN_UP, select: { id: true } });
      const sum = await context.db.mealCard.aggregate({ where: { id: { in: ids.map((card) => card.id) } }, _sum: { balance: true } });
      return { idleMonths: months, idleBefore: before, cards: ids.length, total: (sum._sum.balance ?? { toFixed: () => '0.00' }).toFixed(2) };
    },
  }),
}));

export const OpenMealCardInput = builder.inputType('OpenMealCardInput', {
  fields: (t) => ({ organizationId: t.id({ required: true, validate: text(100), description: 'The person’s unit' }), personId: t.id({ required: true, validate: text(100) }) }),
});
export const TopUpMealCardInput = builder.inputType('TopUpMealCardInput', {
  fields: (t) => ({ cardId: t.id({ required: true, validate: text(100) }), amount: t.field({ type: 'Decimal', required: true, validate: money }) }),
});
export const RecordCanteenSpendingInput = builder.inputType('RecordCanteenSpendingInput', {
  fields: (t) => ({ cardId: t.id({ required: true, validate: text(100) }), amount: t.field({ type: 'Decimal', required: true, validate: money }), canteenName: t.string({ required: true, validate: text(50) }) }),
});
const CleanUpIdleMealCardsInput = builder.inputType('CleanUpIdleMealCardsInput', {
  fields: (t) => ({ idleMonths: t.int({ validate: idleMonthsRule, description: `Default ${DEFAULT_IDLE_MONTHS} (MEAL_CARD_IDLE_MONTHS)` }) }),
});

builder.mutationFields((t) => ({
  openMealCard: t.prismaField({
    type: 'MealCard',
    authScopes: financeAccess.write,
    description: '开卡: a person’s meal card, one per person (finance staff)',
    args: { input: t.arg({ type: OpenMealCardInput, required: true }) },
    resolve: (query, _root, { input }, context) => openMealCard(actingAs(context), context, input, query),
  }),
  topUpMealCard: t.prismaField({
    type: 'MealCard',
    authScopes: financeAccess.write,
    description: '充值: put money on an active card (finance staff)',
    args: { input: t.arg({ type: TopUpMealCardInput, required: true }) },
    resolve: (_query, _root, { input }, context) => topUpMealCard(actingAs(context), input),
  }),
  recordCanteenSpending: t.prismaField({
    type: 'MealCard',
    authScopes: financeAccess.write,
    description: 'Canteen spending from an active card its balance covers (finance staff)',
    args: { input: t.arg({ type: RecordCanteenSpendingInput, required: true }) },
    resolve: (_query, _root, { input }, context) => recordCanteenSpending(actingAs(context), input),
  }),
  cleanUpIdleMealCards: t.prismaField({
    type: 'MealCardCleanUp',
    authScopes: financeAccess.write,
    description: '清退闲置资金: refund and close every active card idle for idleMonths, all or nothing, never a card twice (finance staff)',
    args: { input: t.arg({ type: CleanUpIdleMealCardsInput, required: true }) },
    resolve: (query, _root, { input }, context) => cleanUpIdleMealCards(actingAs(context), input.idleMonths ?? DEFAULT_IDLE_MONTHS, query),
  }),
}));
