import { confirmAndSend, i18n, requestGraphQL, useConnectionTable } from '@jiguan/kit';
import type { NodeOf } from '@jiguan/kit';
import type { MyMealOrdersQuery } from '../../../generated/graphql';
import { cancelMealOrderMutation } from '../cancel-meal-order-mutation';
import { shanghaiToday } from '../shanghai-days';
import { myMealOrdersQuery } from './my-meal-orders-query';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

export type MyMealOrderRow = NodeOf<MyMealOrdersQuery['mealOrders']>;

/** 我的报餐: the viewer's orders from today on, the nearest first; each cancelled while its `allowedActions` say so. */
export function useMyMealOrders() {
  const table = useConnectionTable({
    fetchPage: async (page) => (await requestGraphQL(myMealOrdersQuery, { ...page, from: shanghaiToday() })).mealOrders,
  });

  async function cancel(order: MyMealOrderRow): Promise<void> {
    const what = { canteen: order.canteen.name, day: order.servedOn, sitting: t(`services.enum.Sitting.${order.sitting}`) };
    const outcome = await confirmAndSend({
      title: t('services.meals.cancelOrder.title'),
      question: t('services.meals.cancelOrder.question', what),
      confirmText: t('services.meals.cancelOrder.confirm'),
      cancelText: t('services.meals.common.back'),
      send: () => requestGraphQL(cancelMealOrderMutation, { input: { id: order.id } }),
      doneText: t('services.meals.cancelOrder.done', what),
    });
    if (outcome.kind !== 'cancelled') await table.reload();
  }

  return { table, cancel };
}
