import type { RemotePageRoute } from '@jiguan/kit';
import { servicesReaders, servicesWriters } from '../../composables/services-roles';

/** 菜单与报餐: the menu every reader orders from, their own orders, and the kitchen's forecast. */
export const mealRoutes: readonly RemotePageRoute[] = [
  {
    path: 'meals',
    name: 'services-meals',
    component: () => import('../../views/meals/menu/index.vue'),
    meta: { navKey: 'services.nav.meals', roles: servicesReaders },
  },
  {
    path: 'meals/mine',
    name: 'services-my-meals',
    component: () => import('../../views/meals/mine/index.vue'),
    meta: { navKey: 'services.nav.myMeals', roles: servicesReaders },
  },
  {
    path: 'meals/forecast',
    name: 'services-meal-forecast',
    component: () => import('../../views/meals/forecast/index.vue'),
    meta: { navKey: 'services.nav.forecast', roles: servicesWriters },
  },
];
