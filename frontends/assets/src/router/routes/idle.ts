import type { RemotePageRoute } from '@jiguan/kit';
import { figureReaders } from '../../composables/assets-roles';

/** 闲置房屋: idle properties, their 一房一策 plans and hand-overs. */
export const idleRoutes: readonly RemotePageRoute[] = [
  {
    path: 'idle',
    name: 'assets-idle',
    component: () => import('../../views/idle/properties/index.vue'),
    meta: { navKey: 'assets.nav.idle', roles: figureReaders },
  },
];
