import { i18n, requestGraphQL, useTransitionDialog } from '@jiguan/kit';
import type { DishCategory, Sitting } from '../../../generated/graphql';
import { addMenuDishMutation } from './menu-mutations';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

/** The canteen and day the dish goes on, and the sitting to start with. */
export interface AddDishTarget {
  canteenId: string;
  canteenName: string;
  servedOn: string;
  sitting: Sitting;
}

export interface AddDishForm {
  servedOn: string;
  sitting: Sitting;
  name: string;
  category: DishCategory | undefined;
  price: string;
}

/** The price as the server takes it: yuan, the digits typed (no float in between). */
export const priceInput = (price: string) => price.trim();

/** 一菜一价: publishes a dish at its price on the canteen's menu of a day and sitting. */
export function useAddDish(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (target: AddDishTarget): AddDishForm => ({ servedOn: target.servedOn, sitting: target.sitting, name: '', category: undefined, price: '' }),
    send: async (target, form) => {
      const input = { canteenId: target.canteenId, servedOn: form.servedOn, sitting: form.sitting, name: form.name.trim(), category: form.category ?? 'VEGETABLE', price: priceInput(form.price) };
      return (await requestGraphQL(addMenuDishMutation, { input })).addMenuDish;
    },
    doneText: (_target, dish) => t('services.meals.addDish.done', { name: dish.name, canteen: dish.canteen.name, day: dish.servedOn, sitting: t(`services.enum.Sitting.${dish.sitting}`) }),
    onChanged,
  });
}
