import type { RectificationStatus } from '../../../generated/graphql';
import type { RectificationAction } from './rectification-mutations';

/**
 * The steps each column offers, as the subgraph's state machine allows (OPEN → RECTIFYING →
 * SUBMITTED → VERIFIED, SUBMITTED → RECTIFYING). The server checks again and answers CONFLICT when
 * the item moved meanwhile.
 */
export const rectificationTransitions: Record<RectificationStatus, readonly RectificationAction[]> = {
  OPEN: ['START'],
  RECTIFYING: ['SUBMIT'],
  SUBMITTED: ['VERIFY', 'REJECT'],
  VERIFIED: [],
};
