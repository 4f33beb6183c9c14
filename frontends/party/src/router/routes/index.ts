import type { RemotePageRoute } from '@jiguan/kit';

/** Who may read the domain's audit trail: its staff and the administrators. */
const WRITERS = ['ADMIN', 'PARTY_STAFF'] as const;

/** The party pages, relative to the route that renders the remote (/party in the shell and standalone). */
export const partyRoutes: readonly RemotePageRoute[] = [
  { path: '', name: 'party-home', redirect: { name: 'party-audit' } },
  {
    path: 'audit',
    name: 'party-audit',
    component: () => import('../../views/audit/trail/index.vue'),
    meta: { navKey: 'party.nav.audit', roles: WRITERS },
  },
];
