import { feedbackWorkflow } from './feedback-workflow.ts';

/** SUBMITTED → REPLIED: the services centre handled it and says how. */
export const replyToFeedback = feedbackWorkflow.step<{ id: string; reply: string }>('reply', { data: ({ input }) => ({ reply: input.reply, repliedAt: new Date() }) });
