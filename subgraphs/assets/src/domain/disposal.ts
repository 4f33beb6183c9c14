import type { DisposalAssetKind, DisposalMethod, DisposalStatus } from '../../prisma/generated/enums.ts';
import { stateMachine } from './state-machine.ts';

export type DisposalVerb = 'submit' | 'approve' | 'reject' | 'execute';

/** DRAFT → SUBMITTED → APPROVED → EXECUTED, or SUBMITTED → REJECTED (final: a new application starts over). */
export const disposalMachine = stateMachine<DisposalStatus, DisposalVerb>({
  submit: { from: ['DRAFT'], to: 'SUBMITTED' },
  approve: { from: ['SUBMITTED'], to: 'APPROVED' },
  reject: { from: ['SUBMITTED'], to: 'REJECTED' },
  execute: { from: ['APPROVED'], to: 'EXECUTED' },
});

/** Four eyes: whoever submitted a disposal may not also approve or reject it. */
export function mayDecide(submittedBy: string | null, actorId: string): boolean {
  return submittedBy !== actorId;
}

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
export function disposalTargetProblem(target: DisposalTarget): { field: string; message: string } | null {
  const named = { buildingId: target.buildingId, vehicleId: target.vehicleId, itemId: target.itemId };
  const own = { PROPERTY: 'buildingId', VEHICLE: 'vehicleId', WAREHOUSE_ITEM: 'itemId' }[target.assetKind];
  for (const [field, value] of Object.entries(named)) {
    if (value && field !== own) return { field, message: '所选资产与处置资产类别不符' };
  }
  if (target.assetKind !== 'PROPERTY' && !named[own as keyof typeof named]) return { field: own, message: '请选择要处置的资产' };
  if (target.method === 'DEMOLITION' && target.assetKind !== 'PROPERTY') return { field: 'method', message: '只有房屋可以拆除' };
  return null;
}
