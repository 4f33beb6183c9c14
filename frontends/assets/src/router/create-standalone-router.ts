import { loginRouteName } from '@jiguan/kit';
import { createRouter, createWebHistory } from 'vue-router';
import StandaloneLayout from '../layouts/standalone/StandaloneLayout.vue';

/** Standalone routes; the assets pages are added under `assets` by the app itself (useAssetsRoutes). */
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
      { path: '/', redirect: '/assets' },
      {
        path: '/assets',
        name: 'assets',
        component: StandaloneLayout,
        children: [{ path: ':pathMatch(.*)*', name: 'assets-not-found', component: () => import('../views/errors/not-found/index.vue') }],
      },
      { path: '/:pathMatch(.*)*', redirect: '/assets' },
    ],
  });
}
