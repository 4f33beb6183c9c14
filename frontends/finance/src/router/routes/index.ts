import type { RemotePageRoute } from '@jiguan/kit';

/** Who may read the domain's audit trail: its staff and the administrators. */
const WRITERS = ['ADMIN', 'FINANCE_STAFF'] as const;

/** The finance pages, relative to the route that renders the remote (/finance in the shell and standalone). */
export const financeRoutes: readonly RemotePageRoute[] = [
  { path: '', name: 'finance-home', redirect: { name: 'finance-audit' } },
  {
    path: 'audit',
    name: 'finance-audit',
    component: () => import('../../views/audit/trail/index.vue'),
    meta: { navKey: 'finance.nav.audit', roles: WRITERS },
  },
];
