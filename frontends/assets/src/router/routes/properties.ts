import type { RemotePageRoute } from '@jiguan/kit';
import { assetsReaders, figureReaders } from '../../composables/assets-roles';

/** 房屋资产: the property register, one property's details, the office-space standard and the units' approved posts. */
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
  {
    // The standard and every unit's posts are the bureau's internal register, not for unit users;
    // opened from the register's header, under its navigation entry.
    path: 'properties/office-space',
    name: 'assets-office-space',
    component: () => import('../../views/properties/office-space/index.vue'),
    meta: { roles: figureReaders, activeNav: 'assets-properties' },
  },
];
