import type { RouteRecordRaw } from 'vue-router';
import { figureReaders } from '../../composables/assets-roles';
import { requireRoles } from '../guards/require-roles';

/** 闲置房屋: idle properties, their 一房一策 plans and hand-overs. */
export const idleRoutes = [
  {
    path: 'idle',
    name: 'assets-idle',
    component: () => import('../../views/idle/properties/index.vue'),
    meta: { navKey: 'assets.nav.idle', roles: figureReaders },
    beforeEnter: requireRoles(figureReaders),
  },
] as const satisfies readonly RouteRecordRaw[];
