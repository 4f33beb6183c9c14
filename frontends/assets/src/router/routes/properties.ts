import type { RemotePageRoute } from '@jiguan/kit';
import { assetsReaders } from '../../composables/assets-roles';

/** 房屋资产: the property register and one property's details. */
export const propertiesRoutes: readonly RemotePageRoute[] = [
  {
    path: 'properties',
    name: 'assets-properties',
    component: () => import('../../views/properties/list/index.vue'),
    meta: { navKey: 'assets.nav.properties', roles: assetsReaders },
  },
  {
    path: 'properties/:id',
    name: 'assets-property',
    component: () => import('../../views/properties/detail/index.vue'),
    props: true,
    meta: { roles: assetsReaders, activeNav: 'assets-properties' },
  },
];
