import type { DisposalVerb } from './disposal-mutations';
import type { DisposalStatus } from './disposals-query';

/**
 * The steps each status allows, as the subgraph's state machine has them (DRAFT → SUBMITTED →
 * APPROVED → EXECUTED, SUBMITTED → REJECTED). Only assets staff and admins take them, and whoever
 * submitted may not decide: the server refuses that (four eyes), and its message is shown.
 */
export const disposalTransitions: Record<DisposalStatus, readonly { verb: DisposalVerb; buttonType: 'primary' | 'success' | 'danger' }[]> = {
  DRAFT: [{ verb: 'submit', buttonType: 'primary' }],
  SUBMITTED: [
    { verb: 'approve', buttonType: 'success' },
    { verb: 'reject', buttonType: 'danger' },
  ],
  APPROVED: [{ verb: 'execute', buttonType: 'primary' }],
  REJECTED: [],
  EXECUTED: [],
};
