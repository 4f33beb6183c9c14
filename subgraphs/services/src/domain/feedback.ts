import { stateMachine } from '@jiguan/shared-schema/workflow/state-machine';
import type { FeedbackStatus } from '../../prisma/generated/enums.ts';
import { SERVICES_WRITERS } from './access.ts';

/** 意见反馈: SUBMITTED → REPLIED (handled) by the services centre. */
export const feedbackMachine = stateMachine<FeedbackStatus, 'reply', { status: FeedbackStatus }>({
  stateOf: (feedback) => feedback.status,
  transitions: { reply: { from: ['SUBMITTED'], to: 'REPLIED', roles: SERVICES_WRITERS } },
});
