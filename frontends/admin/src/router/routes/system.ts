import type { RemotePageRoute, Role } from '@jiguan/kit';

/** The administration is the administrators' (the registry opens 系统管理 to them alone; standalone, each page says so). */
const administrators: readonly Role[] = ['ADMIN'];

/** The admin pages, relative to the route that renders the admin app (/admin in shell and standalone). */
export const systemRoutes: readonly RemotePageRoute[] = [
  { path: '', name: 'admin-home', redirect: { name: 'admin-units' } },
  {
    path: 'units',
    name: 'admin-units',
    component: () => import('../../views/system/units/index.vue'),
    meta: { navKey: 'admin.nav.units', roles: administrators },
  },
  {
    path: 'people',
    name: 'admin-people',
    component: () => import('../../views/system/people/index.vue'),
    meta: { navKey: 'admin.nav.people', roles: administrators },
  },
  {
    path: 'accounts',
    name: 'admin-accounts',
    component: () => import('../../views/system/accounts/index.vue'),
    meta: { navKey: 'admin.nav.accounts', roles: administrators },
  },
  {
    path: 'bi',
    name: 'admin-bi',
    component: () => import('../../views/system/bi/index.vue'),
    meta: { navKey: 'admin.nav.bi', roles: administrators },
  },
  {
    path: 'audit',
    name: 'admin-audit',
    component: () => import('../../views/system/audit/index.vue'),
    meta: { navKey: 'admin.nav.audit', roles: administrators },
  },
];
