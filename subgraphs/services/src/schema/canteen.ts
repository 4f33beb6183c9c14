import { actingAs } from '@jiguan/shared-schema/context';
import { decimalColumn } from '@jiguan/shared-schema/schema/decimal-column';
import { domainRule } from '@jiguan/shared-schema/validation/domain-rule';
import { distance, headcount, positiveAmount, positiveCount, text } from '@jiguan/shared-schema/validation/input-rules';
import type { Prisma } from '../../prisma/generated/client.ts';
import { Sitting } from '../../prisma/generated/enums.ts';
import { recordIngredientPurchase } from '../actions/record-ingredient-purchase.ts';
import { recordKitchenWaste } from '../actions/record-kitchen-waste.ts';
import { recordMealCount } from '../actions/record-meal-count.ts';
import { recordWasteSample } from '../actions/record-waste-sample.ts';
import { builder } from '../builder.ts';
import { buildingField } from './places.ts';
import { servicesAccess } from '../domain/access.ts';
import { sampleProblem } from '../domain/canteen.ts';

export const SittingEnum = builder.enumType(Sitting, { name: 'Sitting', description: '早餐 / 午餐 / 晚餐' });

builder.prismaObject('Canteen', {
  description: '机关食堂: one of the bureau’s canteens',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    buildingId: t.exposeID('buildingId', { description: 'The assets Building’s id (also for viewers to whom assets does not show it)' }),
    building: t.field({ ...buildingField('The assets Building it is in'), resolve: (row) => ({ id: row.buildingId }) }),
    seats: t.exposeInt('seats'),
  }),
});

builder.prismaObject('MealCount', {
  description: 'Diners counted at one sitting of a day (the pre-orders beside it: `mealForecasts`)',
  fields: (t) => ({
    id: t.exposeID('id'),
    canteen: t.relation('canteen'),
    servedOn: t.expose('servedOn', { type: 'Date' }),
    sitting: t.expose('sitting', { type: SittingEnum }),
    diners: t.exposeInt('diners'),
  }),
});

builder.prismaObject('WasteSample', {
  description: 'A day’s sampled plates; the waste coefficient (浪费系数) is leftover ÷ served',
  fields: (t) => ({
    id: t.exposeID('id'),
    canteen: t.relation('canteen'),
    sampledOn: t.expose('sampledOn', { type: 'Date' }),
    servedGrams: t.exposeInt('servedGrams'),
    leftoverGrams: t.exposeInt('leftoverGrams'),
    coefficient: t.float({ description: '浪费系数, 4 decimals', resolve: (s) => Math.round((s.leftoverGrams / s.servedGrams) * 10_000) / 10_000 }),
  }),
});

builder.prismaObject('KitchenWasteWeighing', {
  description: '餐厨垃圾 weighed at collection',
  fields: (t) => ({
    id: t.exposeID('id'),
    canteen: t.relation('canteen'),
    weighedOn: t.expose('weighedOn', { type: 'Date' }),
    kilograms: t.field({ type: 'Decimal', resolve: decimalColumn('kilograms', 1) }),
  }),
});

builder.prismaObject('IngredientPurchase', {
  description: '食材采购: a purchase of ingredients',
  fields: (t) => ({
    id: t.exposeID('id'),
    canteen: t.relation('canteen'),
    supplier: t.exposeString('supplier'),
    category: t.exposeString('category'),
    quantity: t.field({ type: 'Decimal', resolve: decimalColumn('quantity') }),
    unit: t.exposeString('unit'),
    amount: t.field({ type: 'Decimal', description: 'yuan', resolve: decimalColumn('amount') }),
    purchasedOn: t.expose('purchasedOn', { type: 'Date' }),
  }),
});

const CanteenRecordFilter = builder.inputType('CanteenRecordFilter', {
  fields: (t) => ({ canteenId: t.id(), from: t.field({ type: 'Date', description: 'On or after' }), to: t.field({ type: 'Date', description: 'On or before' }) }),
});
type Filter = typeof CanteenRecordFilter.$inferInput | null | undefined;
const dated = <K extends string>(column: K, filter: Filter) => ({
  ...(filter?.canteenId ? { canteenId: filter.canteenId } : {}),
  ...(filter?.from || filter?.to ? { [column]: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) } } : {}),
});

builder.queryFields((t) => ({
  canteens: t.prismaConnection({
    type: 'Canteen',
    cursor: 'id',
    authScopes: servicesAccess.read,
    resolve: (query, _root, _args, context) => context.db.canteen.findMany({ ...query, orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
    totalCount: (_connection, _args, context) => context.db.canteen.count(),
  }),
  mealCounts: t.prismaConnection({
    type: 'MealCount',
    cursor: 'id',
    authScopes: servicesAccess.read,
    args: { filter: t.arg({ type: CanteenRecordFilter }) },
    resolve: (query, _root, { filter }, context) => context.db.mealCount.findMany({ ...query, where: dated('servedOn', filter) as Prisma.MealCountWhereInput, orderBy: [{ servedOn: 'desc' }, { id: 'asc' }] }),
    totalCount: (_c, { filter }, context) => context.db.mealCount.count({ where: dated('servedOn', filter) as Prisma.MealCountWhereInput }),
  }),
  wasteSamples: t.prismaConnection({
    type: 'WasteSample',
    cursor: 'id',
    authScopes: servicesAccess.read,
    args: { filter: t.arg({ type: CanteenRecordFilter }) },
    resolve: (query, _root, { filter }, context) => context.db.wasteSample.findMany({ ...query, where: dated('sampledOn', filter) as Prisma.WasteSampleWhereInput, orderBy: [{ sampledOn: 'desc' }, { id: 'asc' }] }),
    totalCount: (_c, { filter }, context) => context.db.wasteSample.count({ where: dated('sampledOn', filter) as Prisma.WasteSampleWhereInput }),
  }),
  kitchenWasteWeighings: t.prismaConnection({
    type: 'KitchenWasteWeighing',
    cursor: 'id',
    authScopes: servicesAccess.read,
    args: { filter: t.arg({ type: CanteenRecordFilter }) },
    resolve: (query, _root, { filter }, context) =>
      context.db.kitchenWasteWeighing.findMany({ ...query, where: dated('weighedOn', filter) as Prisma.KitchenWasteWeighingWhereInput, orderBy: [{ weighedOn: 'desc' }, { id: 'asc' }] }),
    totalCount: (_c, { filter }, context) => context.db.kitchenWasteWeighing.count({ where: dated('weighedOn', filter) as Prisma.KitchenWasteWeighingWhereInput }),
  }),
  ingredientPurchases: t.prismaConnection({
    type: 'IngredientPurchase',
    cursor: 'id',
    authScopes: servicesAccess.read,
    args: { filter: t.arg({ type: CanteenRecordFilter }) },
    resolve: (query, _root, { filter }, context) =>
      context.db.ingredientPurchase.findMany({ ...query, where: dated('purchasedOn', filter) as Prisma.IngredientPurchaseWhereInput, orderBy: [{ purchasedOn: 'desc' }, { id: 'asc' }] }),
    totalCount: (_c, { filter }, context) => context.db.ingredientPurchase.count({ where: dated('purchasedOn', filter) as Prisma.IngredientPurchaseWhereInput }),
  }),
}));

export const RecordMealCountInput = builder.inputType('RecordMealCountInput', {
  fields: (t) => ({
    canteenId: t.id({ required: true }),
    servedOn: t.field({ type: 'Date', required: true }),
    sitting: t.field({ type: SittingEnum, required: true }),
    diners: t.int({ required: true, validate: headcount }),
  }),
});

export const RecordWasteSampleInput = builder.inputType('RecordWasteSampleInput', {
  validate: domainRule(sampleProblem),
  fields: (t) => ({
    canteenId: t.id({ required: true }),
    sampledOn: t.field({ type: 'Date', required: true }),
    servedGrams: t.int({ required: true, validate: positiveCount }),
    leftoverGrams: t.int({ required: true, validate: headcount }),
  }),
});

export const RecordKitchenWasteInput = builder.inputType('RecordKitchenWasteInput', {
  fields: (t) => ({
    canteenId: t.id({ required: true }),
    weighedOn: t.field({ type: 'Date', required: true }),
    kilograms: t.field({ type: 'Decimal', required: true, validate: distance, description: 'Up to 1 decimal' }),
  }),
});

export const RecordIngredientPurchaseInput = builder.inputType('RecordIngredientPurchaseInput', {
  fields: (t) => ({
    canteenId: t.id({ required: true }),
    supplier: t.string({ required: true, validate: text(100) }),
    category: t.string({ required: true, validate: text(20) }),
    quantity: t.field({ type: 'Decimal', required: true, validate: positiveAmount }),
    unit: t.string({ required: true, validate: text(10) }),
    amount: t.field({ type: 'Decimal', required: true, validate: positiveAmount, description: 'yuan' }),
    purchasedOn: t.field({ type: 'Date', required: true }),
  }),
});

builder.mutationFields((t) => ({
  recordMealCount: t.prismaField({
    type: 'MealCount',
    authScopes: servicesAccess.write,
    description: 'CONFLICT MEAL_ALREADY_COUNTED when the sitting is already counted',
    args: { input: t.arg({ type: RecordMealCountInput, required: true }) },
    resolve: (query, _root, { input }, context) => recordMealCount(actingAs(context), input, query),
  }),
  recordWasteSample: t.prismaField({
    type: 'WasteSample',
    authScopes: servicesAccess.write,
    args: { input: t.arg({ type: RecordWasteSampleInput, required: true }) },
    resolve: (query, _root, { input }, context) => recordWasteSample(actingAs(context), input, query),
  }),
  recordKitchenWaste: t.prismaField({
    type: 'KitchenWasteWeighing',
    authScopes: servicesAccess.write,
    args: { input: t.arg({ type: RecordKitchenWasteInput, required: true }) },
    resolve: (query, _root, { input }, context) => recordKitchenWaste(actingAs(context), input, query),
  }),
  recordIngredientPurchase: t.prismaField({
    type: 'IngredientPurchase',
    authScopes: servicesAccess.write,
    args: { input: t.arg({ type: RecordIngredientPurchaseInput, required: true }) },
    resolve: (query, _root, { input }, context) => recordIngredientPurchase(actingAs(context), input, query),
  }),
}));
