import { actingAs } from '@jiguan/shared-schema/context';
import { actionEnum, ALLOWED_ACTIONS_DESCRIPTION, allowedActions } from '@jiguan/shared-schema/schema/allowed-actions';
import { decimalColumn } from '@jiguan/shared-schema/schema/decimal-column';
import { domainRule } from '@jiguan/shared-schema/validation/domain-rule';
import { positiveAmount, text } from '@jiguan/shared-schema/validation/input-rules';
import type { Prisma } from '../../prisma/generated/client.ts';
import { addMenuDish } from '../actions/add-menu-dish.ts';
import { removeMenuDish } from '../actions/remove-menu-dish.ts';
import { builder } from '../builder.ts';
import { servicesAccess } from '../domain/access.ts';
import { menuDayProblem, menuDishMachine } from '../domain/meals.ts';
import { SittingEnum } from './canteen.ts';
import { DishCategoryEnum } from './enums.ts';

const MenuDishActionEnum = actionEnum(builder, 'MenuDishAction', menuDishMachine);

builder.prismaObject('MenuDish', {
  description: '一菜一价: a dish on a canteen’s menu of one day and sitting, at its one price',
  fields: (t) => ({
    id: t.exposeID('id'),
    canteen: t.relation('canteen'),
    servedOn: t.expose('servedOn', { type: 'Date' }),
    sitting: t.expose('sitting', { type: SittingEnum }),
    name: t.exposeString('name'),
    category: t.expose('category', { type: DishCategoryEnum }),
    price: t.field({ type: 'Decimal', description: 'yuan', resolve: decimalColumn('price') }),
    allowedActions: t.field({ type: [MenuDishActionEnum], description: ALLOWED_ACTIONS_DESCRIPTION, resolve: (dish, _args, context) => allowedActions(menuDishMachine, context.viewer, dish) }),
  }),
});

const menuOrder: Prisma.MenuDishOrderByWithRelationInput[] = [{ sitting: 'asc' }, { category: 'asc' }, { name: 'asc' }, { id: 'asc' }];

builder.queryFields((t) => ({
  menu: t.prismaConnection({
    type: 'MenuDish',
    cursor: 'id',
    authScopes: servicesAccess.read,
    description: 'A canteen’s menu of a day (one sitting, or all three), by sitting, category and name',
    args: { canteenId: t.arg.id({ required: true }), servedOn: t.arg({ type: 'Date', required: true }), sitting: t.arg({ type: SittingEnum }) },
    resolve: (query, _root, args, context) => context.db.menuDish.findMany({ ...query, where: menuWhere(args), orderBy: menuOrder }),
    totalCount: (_connection, args, context) => context.db.menuDish.count({ where: menuWhere(args) }),
  }),
}));

const menuWhere = (args: { canteenId: string; servedOn: Date; sitting?: Prisma.MenuDishWhereInput['sitting'] | null }): Prisma.MenuDishWhereInput => ({
  canteenId: args.canteenId,
  servedOn: args.servedOn,
  ...(args.sitting ? { sitting: args.sitting } : {}),
});

export const AddMenuDishInput = builder.inputType('AddMenuDishInput', {
  validate: domainRule(menuDayProblem),
  fields: (t) => ({
    canteenId: t.id({ required: true }),
    servedOn: t.field({ type: 'Date', required: true, description: 'Today or later (Shanghai)' }),
    sitting: t.field({ type: SittingEnum, required: true }),
    name: t.string({ required: true, validate: text(40) }),
    category: t.field({ type: DishCategoryEnum, required: true }),
    price: t.field({ type: 'Decimal', required: true, validate: positiveAmount, description: 'yuan, up to 2 decimals' }),
  }),
});
const MenuDishStepInput = builder.inputType('MenuDishStepInput', { fields: (t) => ({ id: t.id({ required: true, validate: text(100) }) }) });

builder.mutationFields((t) => ({
  addMenuDish: t.prismaField({
    type: 'MenuDish',
    authScopes: servicesAccess.write,
    description: 'Publishes a dish on a menu; CONFLICT DISH_ALREADY_ON_MENU when the sitting already has a dish of that name',
    args: { input: t.arg({ type: AddMenuDishInput, required: true }) },
    resolve: (query, _root, { input }, context) => addMenuDish(actingAs(context), input, query),
  }),
  removeMenuDish: t.prismaField({
    type: 'MenuDish',
    authScopes: { anyRole: menuDishMachine.rolesFor('remove') },
    description: 'Withdraws a dish from a menu not yet served (CONFLICT MENU_DAY_SERVED); answers the dish as it was',
    args: { input: t.arg({ type: MenuDishStepInput, required: true }) },
    resolve: (query, _root, { input }, context) => removeMenuDish(actingAs(context), input, query),
  }),
}));
