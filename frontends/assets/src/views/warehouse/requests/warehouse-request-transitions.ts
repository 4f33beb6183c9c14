import type { RequestStatus } from '../../../generated/graphql';
import type { WarehouseRequestAction } from './decide-request-mutations';

/** The decisions each status allows, as the subgraph's state machine has them: only a pending request is decided. */
export const warehouseRequestTransitions: Record<RequestStatus, readonly WarehouseRequestAction[]> = {
  PENDING: ['APPROVE', 'REJECT'],
  APPROVED: [],
  REJECTED: [],
};
