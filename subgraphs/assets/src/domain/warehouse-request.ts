import type { RequestStatus } from '../../prisma/generated/enums.ts';
import { stateMachine } from './state-machine.ts';

/** Staff approve a pending request (the pieces go out to the unit) or reject it (they are freed). */
export const warehouseRequestMachine = stateMachine<RequestStatus, 'approve' | 'reject'>({
  approve: { from: ['PENDING'], to: 'APPROVED' },
  reject: { from: ['PENDING'], to: 'REJECTED' },
});
