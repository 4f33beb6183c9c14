import type { DisposalStatus } from '../../../generated/graphql';
import type { DisposalAction } from './disposal-mutations';

/**
 * The steps each status allows, as the subgraph's state machine has them (DRAFT → SUBMITTED →
 * APPROVED → EXECUTED, SUBMITTED → REJECTED). Only assets staff and admins take them, and whoever
 * submitted may not decide: the server refuses that (four eyes, reason SELF_APPROVAL).
 */
export const disposalTransitions: Record<DisposalStatus, readonly DisposalAction[]> = {
  DRAFT: ['SUBMIT'],
  SUBMITTED: ['APPROVE', 'REJECT'],
  APPROVED: ['EXECUTE'],
  REJECTED: [],
  EXECUTED: [],
};
