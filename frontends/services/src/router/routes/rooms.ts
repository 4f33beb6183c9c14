import type { RemotePageRoute } from '@jiguan/kit';
import { servicesReaders, servicesRequesters, servicesWriters } from '../../composables/services-roles';

/** 会议室: the free/busy grid (leaders look, the others book), the unit's bookings, the staff's approvals and rooms. */
export const roomRoutes: readonly RemotePageRoute[] = [
  {
    path: 'rooms',
    name: 'services-rooms',
    component: () => import('../../views/rooms/grid/index.vue'),
    meta: { navKey: 'services.nav.rooms', roles: servicesReaders },
  },
  {
    path: 'rooms/mine',
    name: 'services-my-bookings',
    component: () => import('../../views/rooms/mine/index.vue'),
    meta: { navKey: 'services.nav.myBookings', roles: servicesRequesters },
  },
  {
    path: 'rooms/approvals',
    name: 'services-booking-approvals',
    component: () => import('../../views/rooms/approvals/index.vue'),
    meta: { navKey: 'services.nav.approvals', roles: servicesWriters },
  },
  {
    path: 'rooms/manage',
    name: 'services-meeting-rooms',
    component: () => import('../../views/rooms/manage/index.vue'),
    meta: { navKey: 'services.nav.meetingRooms', roles: servicesWriters },
  },
];
