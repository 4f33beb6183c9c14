import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import type { Refusal } from '@jiguan/shared-schema/errors';
import { stateMachine } from '@jiguan/shared-schema/workflow/state-machine';
import type { DisposalAssetKind, DisposalMethod, DisposalStatus } from '../../prisma/generated/enums.ts';
import { ASSETS_WRITERS } from './access.ts';

export type DisposalVerb = 'submit' | 'approve' | 'reject' | 'execute';

/** What the disposal rules read of a disposal: its status and who took its steps. */
export interface DisposalForRules {
  status: DisposalStatus;
  steps: readonly { toStatus: DisposalStatus; actorId: string }[];
}

/** The selection that loads {@link DisposalForRules}: for the transition frame and `allowedActions`. */
export const disposalRuleSelect = { status: true, steps: { select: { toStatus: true, actorId: true }, orderBy: [{ at: 'asc' as const }, { id: 'asc' as const }] } };

/** The account that submitted the disposal, from its steps. */
export function submitterOf(disposal: DisposalForRules): string | null {
  return disposal.steps.findLast((step) => step.toStatus === 'SUBMITTED')?.actorId ?? null;
}

/** Four eyes: whoever submitted a disposal may not also approve or reject it. */
export function mayDecide(submittedBy: string | null, actorId: string): boolean {
  return submittedBy !== actorId;
}

const fourEyes = (viewer: Viewer, disposal: DisposalForRules): Refusal | null =>
  mayDecide(submitterOf(disposal), viewer.accountId) ? null : { code: 'FORBIDDEN', reason: 'SELF_APPROVAL', message: '不能审批自己提交的处置申请' };

/** DRAFT → SUBMITTED → APPROVED → EXECUTED, or SUBMITTED → REJECTED (final: a new application starts over). */
export const disposalMachine = stateMachine<DisposalStatus, DisposalVerb, DisposalForRules>({
  stateOf: (disposal) => disposal.status,
  transitions: {
    submit: { from: ['DRAFT'], to: 'SUBMITTED', roles: ASSETS_WRITERS },
    approve: { from: ['SUBMITTED'], to: 'APPROVED', roles: ASSETS_WRITERS, refuse: fourEyes },
    reject: { from: ['SUBMITTED'], to: 'REJECTED', roles: ASSETS_WRITERS, refuse: fourEyes },
    execute: { from: ['APPROVED'], to: 'EXECUTED', roles: ASSETS_WRITERS },
  },
});

export interface DisposalTarget {
  assetKind: DisposalAssetKind;
  method: DisposalMethod;
  buildingId?: string | null;
  vehicleId?: string | null;
  itemId?: string | null;
}

/**
 * What is wrong with the asset a disposal names, as the input field to fix: a vehicle or a
 * warehouse item must be named; a property may be (when it is on the register), and only
 * buildings are demolished.
 */
export function disposalTargetProblem(target: DisposalTarget): Refusal | null {
  const named = { buildingId: target.buildingId, vehicleId: target.vehicleId, itemId: target.itemId };
  const own = { PROPERTY: 'buildingId', VEHICLE: 'vehicleId', WAREHOUSE_ITEM: 'itemId' }[target.assetKind];
  for (const [field, value] of Object.entries(named)) {
    if (value && field !== own) return { code: 'BAD_USER_INPUT', reason: 'ASSET_KIND_MISMATCH', field, message: '所选资产与处置资产类别不符' };
  }
  if (target.assetKind !== 'PROPERTY' && !named[own as keyof typeof named]) {
    return { code: 'BAD_USER_INPUT', reason: 'ASSET_REQUIRED', field: own, message: '请选择要处置的资产' };
  }
  if (target.method === 'DEMOLITION' && target.assetKind !== 'PROPERTY') {
    return { code: 'BAD_USER_INPUT', reason: 'DEMOLITION_PROPERTY_ONLY', field: 'method', message: '只有房屋可以拆除' };
  }
  return null;
}
