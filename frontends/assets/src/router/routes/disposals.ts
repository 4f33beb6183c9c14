import type { RemotePageRoute } from '@jiguan/kit';
import { assetsReaders } from '../../composables/assets-roles';

/** 资产处置: disposal applications and their approval. */
export const disposalsRoutes: readonly RemotePageRoute[] = [
  {
    path: 'disposals',
    name: 'assets-disposals',
    component: () => import('../../views/disposals/list/index.vue'),
    meta: { navKey: 'assets.nav.disposals', roles: assetsReaders },
  },
];
