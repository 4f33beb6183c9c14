import type { RemotePageRoute } from '@jiguan/kit';

/** The admin pages, relative to the route that renders the admin app (/admin in shell and standalone). */
export const systemRoutes: readonly RemotePageRoute[] = [
  { path: '', name: 'admin-home', redirect: { name: 'admin-units' } },
  {
    path: 'units',
    name: 'admin-units',
    component: () => import('../../views/system/units/index.vue'),
    meta: { navKey: 'admin.nav.units' },
  },
  {
    path: 'people',
    name: 'admin-people',
    component: () => import('../../views/system/people/index.vue'),
    meta: { navKey: 'admin.nav.people' },
  },
  {
    path: 'accounts',
    name: 'admin-accounts',
    component: () => import('../../views/system/accounts/index.vue'),
    meta: { navKey: 'admin.nav.accounts' },
  },
  {
    path: 'bi',
    name: 'admin-bi',
    component: () => import('../../views/system/bi/index.vue'),
    meta: { navKey: 'admin.nav.bi', roles: ['ADMIN'] },
  },
];
