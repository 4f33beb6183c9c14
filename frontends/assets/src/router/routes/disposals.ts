import type { RouteRecordRaw } from 'vue-router';
import { assetsReaders } from '../../composables/assets-roles';
import { requireRoles } from '../guards/require-roles';

/** 资产处置: disposal applications and their approval. */
export const disposalsRoutes = [
  {
    path: 'disposals',
    name: 'assets-disposals',
    component: () => import('../../views/disposals/list/index.vue'),
    meta: { navKey: 'assets.nav.disposals', roles: assetsReaders },
    beforeEnter: requireRoles(assetsReaders),
  },
] as const satisfies readonly RouteRecordRaw[];
