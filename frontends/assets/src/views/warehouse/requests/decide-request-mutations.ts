import { defineDocument } from '@jiguan/kit';
import { type WarehouseRequestRow, warehouseRequestFields } from './warehouse-requests-query';

export const approveWarehouseRequestMutation = defineDocument<
  { approveWarehouseRequest: WarehouseRequestRow },
  { id: string; reason?: string }
>(`
  mutation ApproveWarehouseRequest($id: ID!, $reason: String) {
    approveWarehouseRequest(id: $id, reason: $reason) { ${warehouseRequestFields} }
  }
`);

export const rejectWarehouseRequestMutation = defineDocument<
  { rejectWarehouseRequest: WarehouseRequestRow },
  { id: string; reason: string }
>(`
  mutation RejectWarehouseRequest($id: ID!, $reason: String!) {
    rejectWarehouseRequest(id: $id, reason: $reason) { ${warehouseRequestFields} }
  }
`);
