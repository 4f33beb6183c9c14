import { GraphQLRequestError, monthsOfYear, requestGraphQL } from '@jiguan/kit';
import { computed, ref, shallowRef, watch } from 'vue';
import { type MyMembership, myPartyMembershipQuery } from './my-membership-query';

/** One month of the viewer's dues: paid (with the amount and date), owed, or not due (before joining, or still to come). */
export type DuesMonth = { month: string; state: 'paid'; amount: string; paidOn: string } | { month: string; state: 'unpaid' | 'notDue' };

/** The twelve months of a year's dues, from the payments and the unpaid months the server lists. */
export function duesCalendar(year: number, membership: Pick<MyMembership, 'unpaidMonths' | 'dues'>): DuesMonth[] {
  const paid = new Map(membership.dues.edges.map(({ node }) => [node.month, node]));
  const unpaid = new Set(membership.unpaidMonths);
  return monthsOfYear(year).map((month) => {
    const payment = paid.get(month);
    if (payment) return { month, state: 'paid', amount: payment.amount, paidOn: payment.paidOn };
    return { month, state: unpaid.has(month) ? 'unpaid' : 'notDue' };
  });
}

/**
 * The branches a member manages as their secretary: their own branch when its `canManage` says so,
 * and any other branch the server says they manage (a secretary need not be a member of it).
 */
export function managedBranches(
  membership: Pick<MyMembership, 'branch'> | null,
  organisations: ReadonlyArray<{ id: string; name: string; kind: string; canManage: boolean }>,
): Array<{ id: string; name: string }> {
  const branches = new Map<string, { id: string; name: string }>();
  if (membership?.branch.canManage) branches.set(membership.branch.id, { id: membership.branch.id, name: membership.branch.name });
  for (const organisation of organisations) {
    if (organisation.kind === 'BRANCH' && organisation.canManage) branches.set(organisation.id, { id: organisation.id, name: organisation.name });
  }
  return [...branches.values()];
}

/** The viewer's membership (null when they are not a member), loaded again for another year. */
export function useMyMembership() {
  const year = ref(new Date().getFullYear());
  const membership = shallowRef<MyMembership | null>(null);
  const loaded = ref(false);
  const loading = ref(false);
  const error = shallowRef<GraphQLRequestError | null>(null);

  async function load(): Promise<void> {
    loading.value = true;
    try {
      membership.value = (await requestGraphQL(myPartyMembershipQuery, { year: year.value })).myPartyMembership;
      error.value = null;
    } catch (cause) {
      if (!(cause instanceof GraphQLRequestError)) throw cause;
      error.value = cause;
    } finally {
      loading.value = false;
      loaded.value = true;
    }
  }

  const calendar = computed(() => (membership.value ? duesCalendar(year.value, membership.value) : []));
  /** A secretary manages their branch: its members, candidates and meetings. */
  const managesBranch = computed(() => membership.value?.branch.canManage ?? false);
  watch(year, () => void load(), { immediate: true });
  return { year, membership, calendar, managesBranch, loaded, loading, error, reload: load };
}
