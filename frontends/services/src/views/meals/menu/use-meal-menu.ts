import { confirmAndSend, GraphQLRequestError, i18n, requestGraphQL } from '@jiguan/kit';
import { computed, ref, shallowRef, watch } from 'vue';
import { Sitting, type MealMenuQuery } from '../../../generated/graphql';
import { cancelMealOrderMutation } from '../cancel-meal-order-mutation';
import { shanghaiToday } from '../shanghai-days';
import { mealCanteensQuery, mealMenuQuery } from './menu-query';
import { orderMealMutation, removeMenuDishMutation } from './menu-mutations';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

export type MenuDishRow = MealMenuQuery['menu']['edges'][number]['node'];
export type MyMealOrder = MealMenuQuery['mealOrders']['edges'][number]['node'];
type MealSitting = MealMenuQuery['mealSittings'][number];

/** One sitting of the day: its dishes, when its orders close and whether they are open, and the viewer's order of it (at whichever canteen). */
export interface SittingMenu {
  sitting: Sitting;
  dishes: MenuDishRow[];
  /** Null until the server said. */
  cutoff: string | null;
  open: boolean;
  order: MyMealOrder | null;
}

/** The day's three sittings in order, each with its dishes (the server's order: category, name), its cut-off and the viewer's order. */
export function sittingMenus(dishes: readonly MenuDishRow[], sittings: readonly MealSitting[], orders: readonly MyMealOrder[]): SittingMenu[] {
  return Object.values(Sitting).map((sitting) => {
    const meal = sittings.find((candidate) => candidate.sitting === sitting);
    return {
      sitting,
      dishes: dishes.filter((dish) => dish.sitting === sitting),
      cutoff: meal?.cutoff ?? null,
      open: meal?.open ?? false,
      order: orders.find((order) => order.sitting === sitting) ?? null,
    };
  });
}

/** Whether to offer ordering a sitting: a viewer with a person, a sitting the server says is open, no order of it yet. */
export function offersOrder(menu: SittingMenu, hasPerson: boolean): boolean {
  return hasPerson && menu.open && menu.order === null;
}

/** 菜单与报餐: a canteen's menu of a day by sitting, with the viewer's orders; order, cancel, withdraw a dish. */
export function useMealMenu() {
  const canteens = shallowRef<{ id: string; name: string }[]>([]);
  const canteenId = ref<string | undefined>(undefined);
  const servedOn = ref(shanghaiToday());
  const result = shallowRef<MealMenuQuery | null>(null);
  const loading = ref(false);
  const error = shallowRef<GraphQLRequestError | null>(null);
  // Only the newest answer may show: a slow earlier day must not overwrite a later one.
  let latest = 0;

  async function loadCanteens(): Promise<void> {
    try {
      canteens.value = (await requestGraphQL(mealCanteensQuery)).canteens.edges.map(({ node }) => node);
      canteenId.value ??= canteens.value[0]?.id;
    } catch (cause) {
      if (!(cause instanceof GraphQLRequestError)) throw cause;
      error.value = cause;
    }
  }

  async function load(): Promise<void> {
    if (!canteenId.value || !servedOn.value) return;
    const request = ++latest;
    loading.value = true;
    try {
      const answer = await requestGraphQL(mealMenuQuery, { canteenId: canteenId.value, servedOn: servedOn.value });
      if (request !== latest) return;
      result.value = answer;
      error.value = null;
    } catch (cause) {
      if (request !== latest) return;
      if (!(cause instanceof GraphQLRequestError)) throw cause;
      error.value = cause;
    } finally {
      if (request === latest) loading.value = false;
    }
  }

  const menus = computed(() => sittingMenus(result.value?.menu.edges.map((e) => e.node) ?? [], result.value?.mealSittings ?? [], result.value?.mealOrders.edges.map((e) => e.node) ?? []));
  const canteenName = computed(() => canteens.value.find((canteen) => canteen.id === canteenId.value)?.name ?? '');
  const sittingLabel = (sitting: Sitting) => t(`services.enum.Sitting.${sitting}`);

  async function order(sitting: Sitting): Promise<void> {
    const canteen = canteenId.value;
    if (!canteen) return;
    const what = { canteen: canteenName.value, day: servedOn.value, sitting: sittingLabel(sitting) };
    await confirmAndSend({
      title: t('services.meals.order.title'),
      question: t('services.meals.order.question', what),
      confirmText: t('services.meals.order.confirm'),
      cancelText: t('services.meals.common.cancel'),
      send: () => requestGraphQL(orderMealMutation, { input: { canteenId: canteen, servedOn: servedOn.value, sitting } }),
      doneText: t('services.meals.order.done', what),
    });
    await load();
  }

  async function cancel(order: MyMealOrder): Promise<void> {
    const what = { canteen: order.canteen.name, day: order.servedOn, sitting: sittingLabel(order.sitting) };
    await confirmAndSend({
      title: t('services.meals.cancelOrder.title'),
      question: t('services.meals.cancelOrder.question', what),
      confirmText: t('services.meals.cancelOrder.confirm'),
      cancelText: t('services.meals.common.back'),
      send: () => requestGraphQL(cancelMealOrderMutation, { input: { id: order.id } }),
      doneText: t('services.meals.cancelOrder.done', what),
    });
    await load();
  }

  async function removeDish(dish: MenuDishRow): Promise<void> {
    await confirmAndSend({
      title: t('services.meals.removeDish.title'),
      question: t('services.meals.removeDish.question', { name: dish.name, day: dish.servedOn, sitting: sittingLabel(dish.sitting) }),
      confirmText: t('services.meals.removeDish.confirm'),
      cancelText: t('services.meals.common.back'),
      send: () => requestGraphQL(removeMenuDishMutation, { input: { id: dish.id } }),
      doneText: t('services.meals.removeDish.done', { name: dish.name }),
    });
    await load();
  }

  watch([canteenId, servedOn], () => void load());
  void loadCanteens();
  return { canteens, canteenId, canteenName, servedOn, menus, loading, error, reload: load, order, cancel, removeDish };
}
