import { stateMachine } from '@jiguan/shared-schema/workflow/state-machine';
import type { RequestStatus } from '../../prisma/generated/enums.ts';
import { ASSETS_WRITERS } from './access.ts';

/** Staff approve a pending request (the pieces go out to the unit) or reject it (they are freed). */
export const warehouseRequestMachine = stateMachine<RequestStatus, 'approve' | 'reject', { status: RequestStatus }>({
  stateOf: (request) => request.status,
  transitions: {
    approve: { from: ['PENDING'], to: 'APPROVED', roles: ASSETS_WRITERS },
    reject: { from: ['PENDING'], to: 'REJECTED', roles: ASSETS_WRITERS },
  },
});
