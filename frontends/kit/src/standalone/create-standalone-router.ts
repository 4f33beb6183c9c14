import { type Component, markRaw } from 'vue';
import { createRouter, createWebHistory } from 'vue-router';
import { forbiddenRouteName } from '../session/install-role-guard';
import { loginRouteName } from '../session/install-session-guard';
import StandaloneLayout from './StandaloneLayout.vue';

export interface StandaloneOptions {
  /** The remote's name (as in the registry): its pages live under `/<name>`. */
  name: string;
  /** i18n key of the remote's title, shown in the frame, on the login page and in the tab. */
  titleKey: string;
  /** The remote's `./App`; it adds its pages as children of the `/<name>` route that renders it. */
  app: Component;
}

/** The routes of a remote running standalone: its own login, its app under `/<name>`, and the 无权访问 page. */
export function createStandaloneRouter({ name, titleKey, app }: StandaloneOptions) {
  return createRouter({
    history: createWebHistory(),
    routes: [
      {
        path: '/login',
        name: loginRouteName,
        component: () => import('./StandaloneLogin.vue'),
        props: { titleKey },
        meta: { public: true },
      },
      { path: '/', redirect: `/${name}` },
      {
        path: `/${name}`,
        name,
        component: StandaloneLayout,
        props: { titleKey, app: markRaw(app) },
        children: [{ path: ':pathMatch(.*)*', name: `${name}-not-found`, component: () => import('./StandaloneNotFound.vue') }],
      },
      { path: '/:pathMatch(.*)*', redirect: `/${name}` },
      // Reached by name only (the role guard), at the address that was refused.
      { path: '/:pathMatch(.*)*', name: forbiddenRouteName, component: () => import('../session/ForbiddenPage.vue') },
    ],
  });
}
