import type { RemotePageRoute } from '@jiguan/kit';
import { servicesReaders } from '../../composables/services-roles';

/** 报修工单 and 意见反馈: every reader (a unit user its own unit's). */
export const repairRoutes: readonly RemotePageRoute[] = [
  {
    path: 'repairs',
    name: 'services-repairs',
    component: () => import('../../views/repairs/work-orders/index.vue'),
    meta: { navKey: 'services.nav.repairs', roles: servicesReaders },
  },
  {
    path: 'repairs/feedback',
    name: 'services-feedback',
    component: () => import('../../views/repairs/feedback/index.vue'),
    meta: { navKey: 'services.nav.feedback', roles: servicesReaders },
  },
];
