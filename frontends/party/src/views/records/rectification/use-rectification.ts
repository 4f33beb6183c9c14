import { i18n, requestGraphQL, todayIso, useConnectionTable, useTransitionDialog } from '@jiguan/kit';
import { reactive, watch } from 'vue';
import type { RectificationTaskAction, RectificationTaskStatus } from '../../../generated/graphql';
import {
  completeMutation,
  createRectificationTaskMutation,
  type RectificationTaskRow,
  rectificationTasksQuery,
  rejectMutation,
  startMutation,
  verifyMutation,
} from './rectification-query';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

/** 巡察整改 tasks, filtered by status, organisation and overdue, paged by the server. */
export function useRectificationTable() {
  const filters = reactive<{ status?: RectificationTaskStatus; partyOrganizationId?: string; overdueOnly: boolean }>({ overdueOnly: false });
  const table = useConnectionTable({
    fetchPage: async (page) => {
      const filter = { status: filters.status || undefined, partyOrganizationId: filters.partyOrganizationId || undefined, overdue: filters.overdueOnly || undefined };
      return (await requestGraphQL(rectificationTasksQuery, { ...page, filter })).rectificationTasks;
    },
  });
  watch(filters, () => void table.applySearch());
  return { table, filters };
}

export interface RectificationStepTarget {
  task: RectificationTaskRow;
  action: RectificationTaskAction;
}

/** What a step asks for: COMPLETE the evidence (整改佐证) and the date done; REJECT why the check failed. */
export const rectificationStepComment: Record<RectificationTaskAction, 'evidence' | 'note' | null> = { START: null, COMPLETE: 'evidence', VERIFY: null, REJECT: 'note' };

/** Moves a task one step; the buttons are the task's `allowedActions`. */
export function useRectificationStep(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: ({ task }: RectificationStepTarget) => ({ evidence: task.evidence ?? '', note: '', doneOn: todayIso() }),
    comment: ({ action }) => {
      const prop = rectificationStepComment[action];
      if (prop === 'evidence') return { prop, label: t('party.rectification.field.evidence'), required: true, requiredMessage: t('party.rule.evidenceRequired') };
      return { prop: 'note' as const, label: t('party.rectification.field.note'), required: prop === 'note', requiredMessage: t('party.rule.noteRequired') };
    },
    send: async ({ task, action }, form) => {
      if (action === 'START') return (await requestGraphQL(startMutation, { input: { id: task.id } })).moved;
      if (action === 'VERIFY') return (await requestGraphQL(verifyMutation, { input: { id: task.id } })).moved;
      if (action === 'COMPLETE') return (await requestGraphQL(completeMutation, { input: { id: task.id, evidence: form.evidence.trim(), doneOn: form.doneOn } })).moved;
      return (await requestGraphQL(rejectMutation, { input: { id: task.id, note: form.note.trim() } })).moved;
    },
    doneText: ({ action }) => t(`party.rectification.done.${action}`),
    onChanged,
  });
}

export interface TaskForm {
  partyOrganizationId: string | undefined;
  source: string;
  item: string;
  ownerPersonId: string | undefined;
  dueOn: string;
}

/** A new task from an inspection's findings. */
export function useCreateTask(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (): TaskForm => ({ partyOrganizationId: undefined, source: '', item: '', ownerPersonId: undefined, dueOn: '' }),
    send: async (_target: object, form) => {
      const input = { partyOrganizationId: form.partyOrganizationId ?? '', source: form.source.trim(), item: form.item.trim(), ownerPersonId: form.ownerPersonId ?? '', dueOn: form.dueOn };
      return (await requestGraphQL(createRectificationTaskMutation, { input })).createRectificationTask;
    },
    doneText: () => t('party.rectification.done.created'),
    onChanged,
  });
}
