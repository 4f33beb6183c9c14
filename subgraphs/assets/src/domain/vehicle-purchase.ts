import { stateMachine } from '@jiguan/shared-schema/workflow/state-machine';
import type { ApprovalStatus } from '../../prisma/generated/enums.ts';
import { ASSETS_WRITERS } from './access.ts';

/** Staff approve or reject a unit's request to buy vehicles (车辆配备审核), once. */
export const vehiclePurchaseMachine = stateMachine<ApprovalStatus, 'approve' | 'reject', { status: ApprovalStatus }>({
  stateOf: (approval) => approval.status,
  transitions: {
    approve: { from: ['PENDING'], to: 'APPROVED', roles: ASSETS_WRITERS },
    reject: { from: ['PENDING'], to: 'REJECTED', roles: ASSETS_WRITERS },
  },
});
