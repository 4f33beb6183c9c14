import { type RemotePageRoute, useSession } from '@jiguan/kit';
import { auditRoutes } from './audit';
import { canteenRoutes } from './canteens';
import { mealRoutes } from './meals';
import { overviewRoutes } from './overview';
import { providerRoutes } from './providers';
import { repairRoutes } from './repairs';
import { roomRoutes } from './rooms';
import { safetyRoutes } from './safety';
import { visitorRoutes } from './visitors';

/** The pages in the order of the navigation (pages with a `navKey` are listed, to their `roles`). */
const pageRoutes: readonly RemotePageRoute[] = [
  ...overviewRoutes,
  ...roomRoutes,
  ...visitorRoutes,
  ...repairRoutes,
  ...canteenRoutes,
  ...mealRoutes,
  ...providerRoutes,
  ...safetyRoutes,
  ...auditRoutes,
];

/** The first page the logged-in account may open: the overview for staff and leaders, room booking for a unit user. */
export function firstAllowedPage() {
  const { hasAnyRole } = useSession();
  const page = pageRoutes.find((route) => route.meta?.navKey && route.meta.roles && hasAnyRole(route.meta.roles));
  return { name: page?.name ?? 'services-rooms' };
}

/**
 * The services pages, relative to the route that renders the remote (/services in the shell and
 * standalone). /services itself opens the first page the account may use; so does a page whose
 * `meta.roles` the account lacks (the kit's role guard sends it back here).
 */
export const servicesRoutes: readonly RemotePageRoute[] = [
  { path: '', name: 'services-home', redirect: firstAllowedPage },
  ...pageRoutes,
];
