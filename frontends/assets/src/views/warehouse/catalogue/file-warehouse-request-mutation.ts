import { defineDocument } from '@jiguan/kit';

export interface FileWarehouseRequestInput {
  itemId: string;
  organizationId: string;
  quantity: number;
  reason: string;
}

export const fileWarehouseRequestMutation = defineDocument<
  { fileWarehouseRequest: { id: string; status: string; quantity: number; item: { id: string; state: string; availableQuantity: number } } },
  { input: FileWarehouseRequestInput }
>(`
  mutation FileWarehouseRequest($input: FileWarehouseRequestInput!) {
    fileWarehouseRequest(input: $input) { id status quantity item { id state availableQuantity } }
  }
`);
