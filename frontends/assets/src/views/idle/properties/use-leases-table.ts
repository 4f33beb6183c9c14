import { requestGraphQL, useConnectionTable } from '@jiguan/kit';
import { reactive, watch } from 'vue';
import type { LeaseKind } from '../../../generated/graphql';
import { leasesQuery } from './leases-query';

/** Leases and loans, by kind and whether they are running, filtered by the server. */
export function useLeasesTable() {
  // A cleared select writes '' or undefined: both mean "any".
  const filters = reactive<{ kind?: LeaseKind; current?: boolean | '' }>({});
  const table = useConnectionTable({
    fetchPage: async (page) => (await requestGraphQL(leasesQuery, { ...page, filter: { kind: filters.kind || undefined, current: typeof filters.current === 'boolean' ? filters.current : undefined } })).leases,
  });
  watch(filters, () => void table.applySearch());
  return { table, filters };
}
