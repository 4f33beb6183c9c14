import { requestGraphQL, useConnectionTable } from '@jiguan/kit';
import { reactive, watch } from 'vue';
import type { MeetingKind } from '../../../generated/graphql';
import { type PartyMeetingListRow, partyMeetingSummariesQuery, partyMeetingsQuery } from './party-meetings-query';

export interface MeetingFilters {
  partyOrganizationId?: string;
  kind?: MeetingKind;
  /** From and to (`YYYY-MM-DD`), as the date range picker writes them; null when cleared. */
  range: [string, string] | null;
}

/**
 * Meetings, newest first, filtered by organisation, kind and date and paged by the server.
 * `kinds` keeps the list on some kinds (the 中心组 study sessions); `fixedOrganizationId` on one
 * branch (a member's or secretary's page); `attendance: false` leaves the sheets out (see
 * `partyMeetingSummariesQuery`).
 */
export function useMeetingsTable(options: { kinds?: readonly MeetingKind[]; fixedOrganizationId?: string; pageSize?: number; attendance?: boolean } = {}) {
  const filters = reactive<MeetingFilters>({ partyOrganizationId: options.fixedOrganizationId, range: null });
  const table = useConnectionTable<PartyMeetingListRow>({
    pageSize: options.pageSize,
    fetchPage: async (page) => {
      const kinds = filters.kind ? [filters.kind] : options.kinds ? [...options.kinds] : undefined;
      const filter = {
        partyOrganizationId: options.fixedOrganizationId ?? (filters.partyOrganizationId || undefined),
        kinds,
        from: filters.range?.[0] || undefined,
        to: filters.range?.[1] || undefined,
      };
      if (options.attendance === false) return (await requestGraphQL(partyMeetingSummariesQuery, { ...page, filter })).partyMeetings;
      return (await requestGraphQL(partyMeetingsQuery, { ...page, filter })).partyMeetings;
    },
  });
  watch(filters, () => void table.applySearch());
  return { table, filters };
}
