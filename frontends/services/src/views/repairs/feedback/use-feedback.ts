import { i18n, requestGraphQL, useConnectionTable, useTransitionDialog } from '@jiguan/kit';
import { reactive, watch } from 'vue';
import type { FeedbackStatus } from '../../../generated/graphql';
import { optionalValue } from '../common/form-values';
import { replyToFeedbackMutation, submitFeedbackMutation } from './feedback-mutations';
import { type FeedbackRow, feedbackListQuery } from './feedback-query';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

/** The feedback list, latest first, by status, paged by the server. */
export function useFeedbackTable() {
  const filters = reactive<{ status?: FeedbackStatus }>({});
  const table = useConnectionTable({
    fetchPage: async (page) => (await requestGraphQL(feedbackListQuery, { ...page, filter: { status: filters.status || undefined } })).feedback,
  });
  watch(filters, () => void table.applySearch());
  return { table, filters };
}

export interface FeedbackForm {
  /** Staff name the unit; a unit user submits for its own (left empty). */
  organizationId: string | undefined;
  subject: string;
  content: string;
}

/** The mutation's input: texts trimmed, no unit for a unit user. */
export const submitFeedbackInput = (form: FeedbackForm) => ({ organizationId: optionalValue(form.organizationId), subject: form.subject.trim(), content: form.content.trim() });

/** 提交意见: a unit's feedback on the services. */
export function useSubmitFeedback(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (): FeedbackForm => ({ organizationId: undefined, subject: '', content: '' }),
    send: async (_target: object, form) => (await requestGraphQL(submitFeedbackMutation, { input: submitFeedbackInput(form) })).submitFeedback,
    doneText: (_target, feedback) => t('services.repairs.feedback.done.submitted', { subject: feedback.subject }),
    onChanged,
  });
}

/** 答复: the centre's reply (the row's allowedActions offer REPLY to staff while it waits). */
export function useReplyToFeedback(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (_feedback: FeedbackRow) => ({ reply: '' }),
    comment: () => ({ prop: 'reply' as const, label: t('services.repairs.feedback.field.reply'), required: true, requiredMessage: t('services.repairs.feedback.rule.replyRequired') }),
    send: async (feedback, form) => (await requestGraphQL(replyToFeedbackMutation, { input: { id: feedback.id, reply: form.reply.trim() } })).replyToFeedback,
    doneText: (_feedback, replied) => t('services.repairs.feedback.done.replied', { subject: replied.subject }),
    onChanged,
  });
}
