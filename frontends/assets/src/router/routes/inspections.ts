import type { RemotePageRoute } from '@jiguan/kit';
import { assetsReaders } from '../../composables/assets-roles';

/** 房屋巡检: inspections with their problems, and the rectification board. */
export const inspectionsRoutes: readonly RemotePageRoute[] = [
  {
    path: 'inspections',
    name: 'assets-inspections',
    component: () => import('../../views/inspections/list/index.vue'),
    meta: { navKey: 'assets.nav.inspections', roles: assetsReaders },
  },
  {
    path: 'rectification',
    name: 'assets-rectification',
    component: () => import('../../views/inspections/rectification/index.vue'),
    meta: { navKey: 'assets.nav.rectification', roles: assetsReaders },
  },
];
