import { i18n, requestGraphQL, todayIso, useConnectionTable, useTransitionDialog } from '@jiguan/kit';
import { reactive, watch } from 'vue';
import { optionalText } from '../../../composables/form-values';
import type { EducationKind } from '../../../generated/graphql';
import { educationActivitiesQuery, recordEducationActivityMutation } from './education-query';

/** 纪律教育 activities, filtered by kind and year and paged by the server. */
export function useEducationTable() {
  const filters = reactive<{ kind?: EducationKind; year?: number }>({});
  const table = useConnectionTable({
    fetchPage: async (page) => {
      const filter = { kind: filters.kind || undefined, year: filters.year || undefined };
      return (await requestGraphQL(educationActivitiesQuery, { ...page, filter })).educationActivities;
    },
  });
  watch(filters, () => void table.applySearch());
  return { table, filters };
}

export interface EducationForm {
  partyOrganizationId: string | undefined;
  kind: EducationKind;
  title: string;
  place: string;
  heldOn: string;
  participants: number;
}

/** Records a visit (警示教育参观) or a special study. */
export function useRecordEducation(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (): EducationForm => ({ partyOrganizationId: undefined, kind: 'VISIT', title: '', place: '', heldOn: todayIso(), participants: 1 }),
    send: async (_target: object, form) => {
      const input = {
        partyOrganizationId: form.partyOrganizationId ?? '',
        kind: form.kind,
        title: form.title.trim(),
        place: optionalText(form.place),
        heldOn: form.heldOn,
        participants: form.participants,
      };
      return (await requestGraphQL(recordEducationActivityMutation, { input })).recordEducationActivity;
    },
    doneText: (_target, activity) => i18n.global.t('party.study.done.recorded', { title: activity.title }),
    onChanged,
  });
}
