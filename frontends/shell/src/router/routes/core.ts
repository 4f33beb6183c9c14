import { ForbiddenPage, forbiddenRouteName, loginRouteName } from '@jiguan/kit';
import type { RouteRecordRaw } from 'vue-router';
import BasicLayout from '../../layouts/basic/BasicLayout.vue';

/** The route every module route is added under (see module-route.ts). */
export const layoutRouteName = 'layout';
export const notFoundRouteName = 'not-found';

/** The shell's own pages; each remote's area is added after login from the registry. */
export const coreRoutes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: loginRouteName,
    component: () => import('../../views/auth/login/index.vue'),
    meta: { public: true },
  },
  {
    path: '/',
    name: layoutRouteName,
    component: BasicLayout,
    children: [
      { path: '', name: 'home', component: () => import('../../views/portal/home/index.vue') },
      { path: ':pathMatch(.*)*', name: notFoundRouteName, component: () => import('../../views/errors/not-found/index.vue') },
      // Reached by name only (the kit's role guard), at the address that was refused.
      { path: ':pathMatch(.*)*', name: forbiddenRouteName, component: ForbiddenPage },
    ],
  },
];
