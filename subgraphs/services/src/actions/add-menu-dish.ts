import type { ServicesActionContext } from '../context.ts';
import type { AddMenuDishInput } from '../schema/menu-dish.ts';
import { createAudited } from '@jiguan/shared-schema/workflow/create-audited';
import { canteenExists } from './canteen-exists.ts';

/** 一菜一价: publishes a dish at its price on a canteen's menu of a day and sitting; once a name a sitting. */
export const addMenuDish = ({ actor, db }: ServicesActionContext, input: typeof AddMenuDishInput.$inferInput, query?: object) =>
  createAudited(db, actor, {
    action: 'menuDish.add',
    entity: 'MenuDish',
    requires: canteenExists(input.canteenId),
    create: (tx) => tx.menuDish.create({ ...query, data: input }),
    duplicate: { reason: 'DISH_ALREADY_ON_MENU', message: '该餐次菜单已有同名菜品' },
  });
