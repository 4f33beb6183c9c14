import { i18n, requestGraphQL, todayIso, useConnectionTable, useTransitionDialog } from '@jiguan/kit';
import { reactive, watch } from 'vue';
import type { LetterKind } from '../../../generated/graphql';
import { createLetterMutation, type LetterRow, lettersQuery, signLetterMutation } from './letters-query';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

/** 责任书 / 承诺书, filtered by kind and year and paged by the server. */
export function useLettersTable() {
  const filters = reactive<{ kind?: LetterKind; year?: number }>({});
  const table = useConnectionTable({
    fetchPage: async (page) => (await requestGraphQL(lettersQuery, { ...page, filter: { kind: filters.kind || undefined, year: filters.year || undefined } })).responsibilityLetters,
  });
  watch(filters, () => void table.applySearch());
  return { table, filters };
}

/** A new letter of an organisation for a year. */
export function useCreateLetter(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: () => ({ partyOrganizationId: undefined as string | undefined, kind: 'RESPONSIBILITY' as LetterKind, title: '', year: new Date().getFullYear() }),
    send: async (_target: object, form) => {
      const input = { partyOrganizationId: form.partyOrganizationId ?? '', kind: form.kind, title: form.title.trim(), year: form.year };
      return (await requestGraphQL(createLetterMutation, { input })).createResponsibilityLetter;
    },
    doneText: (_target, letter) => t('party.letters.done.created', { title: letter.title }),
    onChanged,
  });
}

/** A person signs a letter on a date. */
export function useSignLetter(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (_letter: LetterRow) => ({ personId: undefined as string | undefined, signedOn: todayIso() }),
    send: async (letter, form) => {
      const input = { letterId: letter.id, personId: form.personId ?? '', signedOn: form.signedOn };
      return (await requestGraphQL(signLetterMutation, { input })).signResponsibilityLetter;
    },
    doneText: (_letter, signed) => t('party.letters.done.signed', { title: signed.title, count: signed.signedCount }),
    onChanged,
  });
}
