import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { ForbiddenError } from '@jiguan/shared-schema/errors';
import { mayDecide } from '../domain/disposal.ts';
import { stepDisposal, submitterOf } from './step-disposal.ts';

/** SUBMITTED → REJECTED, with why, by someone other than the submitter. */
export function rejectDisposal(actor: Viewer, id: string, reason: string) {
  return stepDisposal(actor, id, 'reject', reason, {
    check: (disposal) => {
      if (!mayDecide(submitterOf(disposal), actor.accountId)) throw new ForbiddenError('不能审批自己提交的处置申请');
    },
  });
}
