import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { stepDisposal } from './step-disposal.ts';

/** DRAFT → SUBMITTED: the application goes to the approvers. */
export function submitDisposal(actor: Viewer, id: string, reason: string) {
  return stepDisposal(actor, id, 'submit', reason);
}
