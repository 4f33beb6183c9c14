import { i18n, requestGraphQL, todayIso, useConnectionTable, useTransitionDialog } from '@jiguan/kit';
import { reactive, watch } from 'vue';
import type { HonourKind } from '../../../generated/graphql';
import { awardHonourMutation, honoursQuery } from './honours-query';

/** Honours, filtered by kind and year and paged by the server. */
export function useHonoursTable() {
  const filters = reactive<{ kind?: HonourKind; year?: number }>({});
  const table = useConnectionTable({
    fetchPage: async (page) => (await requestGraphQL(honoursQuery, { ...page, filter: { kind: filters.kind || undefined, year: filters.year || undefined } })).honours,
  });
  watch(filters, () => void table.applySearch());
  return { table, filters };
}

export interface HonourForm {
  partyOrganizationId: string | undefined;
  kind: HonourKind;
  personId: string | undefined;
  title: string;
  awardedBy: string;
  awardedOn: string;
}

/** An honour for an organisation, or for a person of it (INDIVIDUAL only sends the person). */
export function useAwardHonour(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (): HonourForm => ({ partyOrganizationId: undefined, kind: 'INDIVIDUAL', personId: undefined, title: '', awardedBy: '', awardedOn: todayIso() }),
    send: async (_target: object, form) => {
      const input = {
        partyOrganizationId: form.partyOrganizationId ?? '',
        kind: form.kind,
        personId: form.kind === 'INDIVIDUAL' ? form.personId : undefined,
        title: form.title.trim(),
        awardedBy: form.awardedBy.trim(),
        awardedOn: form.awardedOn,
      };
      return (await requestGraphQL(awardHonourMutation, { input })).awardHonour;
    },
    doneText: (_target, honour) => i18n.global.t('party.honours.done.awarded', { title: honour.title }),
    onChanged,
  });
}
