import type { RectificationStatus } from './rectification-items-query';
import type { RectificationVerb } from './rectification-mutations';

export interface RectificationTransition {
  verb: RectificationVerb;
  to: RectificationStatus;
  /** The server requires a note: what was done, or why the check failed. */
  noteRequired: boolean;
  buttonType: 'primary' | 'success' | 'danger';
}

/**
 * The buttons each column offers, as the subgraph's state machine allows (OPEN → RECTIFYING →
 * SUBMITTED → VERIFIED, SUBMITTED → RECTIFYING). The server checks again and answers CONFLICT when
 * the item moved meanwhile.
 */
export const rectificationTransitions: Record<RectificationStatus, readonly RectificationTransition[]> = {
  OPEN: [{ verb: 'start', to: 'RECTIFYING', noteRequired: false, buttonType: 'primary' }],
  RECTIFYING: [{ verb: 'submit', to: 'SUBMITTED', noteRequired: true, buttonType: 'primary' }],
  SUBMITTED: [
    { verb: 'verify', to: 'VERIFIED', noteRequired: false, buttonType: 'success' },
    { verb: 'reject', to: 'RECTIFYING', noteRequired: true, buttonType: 'danger' },
  ],
  VERIFIED: [],
};
