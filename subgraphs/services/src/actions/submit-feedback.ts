import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { DirectoryChecks, ServicesActionContext } from '../context.ts';
import type { SubmitFeedbackInput } from '../schema/feedback.ts';
import { bookerUnit } from './booker-unit.ts';
import type { FeedbackQuery } from './feedback-workflow.ts';
import { registerUnit } from './register-unit.ts';

/** 意见反馈: a user tells the services centre what to improve. */
export async function submitFeedback({ actor, db }: ServicesActionContext, directory: DirectoryChecks, input: typeof SubmitFeedbackInput.$inferInput, query?: FeedbackQuery) {
  const { organizationId, personId } = await bookerUnit(actor, directory, { organizationId: input.organizationId, personId: null }, { unit: 'input.organizationId', person: 'input.organizationId' });
  return db.$transaction(async (tx) => {
    await registerUnit(tx, organizationId);
    const feedback = await tx.feedback.create({ ...query, data: { organizationId, personId, subject: input.subject, content: input.content, status: 'SUBMITTED' } });
    await recordAudit(tx, { actor, action: 'feedback.submit', entity: 'Feedback', entityId: feedback.id, before: null, after: auditSnapshot(feedback) });
    return feedback;
  });
}
