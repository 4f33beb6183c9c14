import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { itemStateFor } from '../domain/warehouse-item.ts';
import { decideWarehouseRequest } from './decide-warehouse-request.ts';

/** Rejects a request, with why; its reserved pieces are free to request again. */
export function rejectWarehouseRequest(actor: Viewer, id: string, reason: string) {
  return decideWarehouseRequest(actor, id, 'reject', reason, async (tx, request) => {
    const released = await tx.warehouseItem.update({
      where: { id: request.itemId },
      data: { reservedQuantity: { decrement: request.quantity }, availableQuantity: { increment: request.quantity } },
    });
    const item = await tx.warehouseItem.update({ where: { id: request.itemId }, data: { state: itemStateFor(released) } });
    return { item };
  });
}
