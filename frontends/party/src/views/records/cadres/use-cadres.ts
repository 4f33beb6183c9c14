import { i18n, requestGraphQL, useConnectionTable, useTransitionDialog } from '@jiguan/kit';
import { reactive, watch } from 'vue';
import type { CadreLevel } from '../../../generated/graphql';
import { cadreAppointmentsQuery, recordCadreAppointmentMutation } from './cadres-query';

/** 科级干部选拔任用, by the year of appointment, paged by the server. */
export function useCadresTable() {
  const filters = reactive<{ year?: number }>({});
  const table = useConnectionTable({
    fetchPage: async (page) => (await requestGraphQL(cadreAppointmentsQuery, { ...page, filter: { year: filters.year || undefined } })).cadreAppointments,
  });
  watch(filters, () => void table.applySearch());
  return { table, filters };
}

export interface CadreForm {
  personId: string | undefined;
  organizationId: string | undefined;
  position: string;
  level: CadreLevel;
  proposedOn: string;
  publicNoticeOn: string;
  appointedOn: string;
}

/** The dates of an appointment come in order: 动议 → 任前公示 (not before) → 任职 (after). Returns the field out of order, or null. */
export function appointmentOrderProblem(form: Pick<CadreForm, 'proposedOn' | 'publicNoticeOn' | 'appointedOn'>): 'publicNoticeOn' | 'appointedOn' | null {
  if (form.proposedOn && form.publicNoticeOn && form.publicNoticeOn < form.proposedOn) return 'publicNoticeOn';
  if (form.publicNoticeOn && form.appointedOn && form.appointedOn <= form.publicNoticeOn) return 'appointedOn';
  return null;
}

/** Records an appointment after its proposal and public notice. */
export function useRecordCadre(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (): CadreForm => ({ personId: undefined, organizationId: undefined, position: '', level: 'SECTION_DEPUTY', proposedOn: '', publicNoticeOn: '', appointedOn: '' }),
    send: async (_target: object, form) => {
      const input = {
        personId: form.personId ?? '',
        organizationId: form.organizationId ?? '',
        position: form.position.trim(),
        level: form.level,
        proposedOn: form.proposedOn,
        publicNoticeOn: form.publicNoticeOn,
        appointedOn: form.appointedOn,
      };
      return (await requestGraphQL(recordCadreAppointmentMutation, { input })).recordCadreAppointment;
    },
    doneText: (_target, appointment) => i18n.global.t('party.cadres.done.recorded', { name: appointment.person.name, position: appointment.position }),
    onChanged,
  });
}
