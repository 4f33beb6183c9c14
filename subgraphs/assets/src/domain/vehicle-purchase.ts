import type { ApprovalStatus } from '../../prisma/generated/enums.ts';
import { stateMachine } from './state-machine.ts';

/** Staff approve or reject a unit's request to buy vehicles (车辆配备审核), once. */
export const vehiclePurchaseMachine = stateMachine<ApprovalStatus, 'approve' | 'reject'>({
  approve: { from: ['PENDING'], to: 'APPROVED' },
  reject: { from: ['PENDING'], to: 'REJECTED' },
});
