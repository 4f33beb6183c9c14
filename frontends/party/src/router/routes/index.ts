import { type RemotePageRoute, useSession } from '@jiguan/kit';
import { partyMembers, partyStaffReaders, partyWriters } from '../../composables/party-roles';

/** The staff pages, in the order of the navigation (pages with a `navKey` are listed, to their `roles`). */
const staffRoutes: readonly RemotePageRoute[] = [
  {
    path: 'overview',
    name: 'party-overview',
    component: () => import('../../views/overview/dashboard/index.vue'),
    meta: { navKey: 'party.nav.overview', roles: partyStaffReaders },
  },
  {
    path: 'organisations',
    name: 'party-organisations',
    component: () => import('../../views/organisations/tree/index.vue'),
    meta: { navKey: 'party.nav.organisations', roles: partyStaffReaders },
  },
  {
    path: 'members',
    name: 'party-members',
    component: () => import('../../views/members/list/index.vue'),
    meta: { navKey: 'party.nav.members', roles: partyStaffReaders },
  },
  {
    path: 'development',
    name: 'party-development',
    component: () => import('../../views/development/board/index.vue'),
    meta: { navKey: 'party.nav.development', roles: partyStaffReaders },
  },
  {
    path: 'meetings',
    name: 'party-meetings',
    component: () => import('../../views/life/meetings/index.vue'),
    meta: { navKey: 'party.nav.meetings', roles: partyStaffReaders },
  },
  {
    path: 'compliance',
    name: 'party-compliance',
    component: () => import('../../views/life/compliance/index.vue'),
    meta: { navKey: 'party.nav.compliance', roles: partyStaffReaders },
  },
  {
    path: 'study',
    name: 'party-study',
    component: () => import('../../views/study/sessions/index.vue'),
    meta: { navKey: 'party.nav.study', roles: partyStaffReaders },
  },
  {
    path: 'letters',
    name: 'party-letters',
    component: () => import('../../views/records/letters/index.vue'),
    meta: { navKey: 'party.nav.letters', roles: partyStaffReaders },
  },
  {
    path: 'honours',
    name: 'party-honours',
    component: () => import('../../views/records/honours/index.vue'),
    meta: { navKey: 'party.nav.honours', roles: partyStaffReaders },
  },
  {
    path: 'cadres',
    name: 'party-cadres',
    component: () => import('../../views/records/cadres/index.vue'),
    meta: { navKey: 'party.nav.cadres', roles: partyStaffReaders },
  },
  {
    path: 'rectification',
    name: 'party-rectification',
    component: () => import('../../views/records/rectification/index.vue'),
    meta: { navKey: 'party.nav.rectification', roles: partyStaffReaders },
  },
  {
    path: 'audit',
    name: 'party-audit',
    component: () => import('../../views/audit/trail/index.vue'),
    meta: { navKey: 'party.nav.audit', roles: partyWriters },
  },
];

/**
 * A member's own page, and a branch secretary's pages of their branch (reached from the own page,
 * not listed: the server's `canManage` of the branch says who is a secretary, and scopes the rows).
 */
const memberRoutes: readonly RemotePageRoute[] = [
  {
    path: 'mine',
    name: 'party-mine',
    component: () => import('../../views/mine/membership/index.vue'),
    meta: { navKey: 'party.nav.mine', roles: partyMembers },
  },
  {
    path: 'branch/:branchId/members',
    name: 'party-branch-members',
    component: () => import('../../views/members/list/index.vue'),
    props: true,
    meta: { roles: partyMembers, activeNav: 'party-mine' },
  },
  {
    path: 'branch/:branchId/development',
    name: 'party-branch-development',
    component: () => import('../../views/development/board/index.vue'),
    props: true,
    meta: { roles: partyMembers, activeNav: 'party-mine' },
  },
  {
    path: 'branch/:branchId/meetings',
    name: 'party-branch-meetings',
    component: () => import('../../views/life/meetings/index.vue'),
    props: true,
    meta: { roles: partyMembers, activeNav: 'party-mine' },
  },
];

const pageRoutes: readonly RemotePageRoute[] = [...staffRoutes, ...memberRoutes];

/** The first page the logged-in account may open: the overview for staff, the own page for a member. */
export function firstAllowedPage() {
  const { hasAnyRole } = useSession();
  const page = pageRoutes.find((route) => route.meta?.navKey && route.meta.roles && hasAnyRole(route.meta.roles));
  return { name: page?.name ?? 'party-mine' };
}

/**
 * The party pages, relative to the route that renders the remote (/party in the shell and
 * standalone). /party itself opens the first page the account may use; so does a page whose
 * `meta.roles` the account lacks (the kit's role guard sends it back here).
 */
export const partyRoutes: readonly RemotePageRoute[] = [{ path: '', name: 'party-home', redirect: firstAllowedPage }, ...pageRoutes];
