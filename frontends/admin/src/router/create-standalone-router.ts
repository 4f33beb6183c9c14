import { loginRouteName } from '@jiguan/kit';
import { createRouter, createWebHistory } from 'vue-router';
import StandaloneLayout from '../layouts/standalone/StandaloneLayout.vue';

/** Standalone routes; the admin pages are added under `admin` by the app itself (useAdminRoutes). */
export function createStandaloneRouter() {
  return createRouter({
    history: createWebHistory(),
    routes: [
      {
        path: '/login',
        name: loginRouteName,
        component: () => import('../views/auth/login/index.vue'),
        meta: { public: true },
      },
      { path: '/', redirect: '/admin' },
      {
        path: '/admin',
        name: 'admin',
        component: StandaloneLayout,
        children: [{ path: ':pathMatch(.*)*', name: 'admin-not-found', component: () => import('../views/errors/not-found/index.vue') }],
      },
      { path: '/:pathMatch(.*)*', redirect: '/admin' },
    ],
  });
}
