import { itemStateFor } from '../domain/warehouse-item.ts';
import { decision, warehouseRequestWorkflow, type WarehouseRequestDecision } from './warehouse-request-workflow.ts';

/** Rejects a request, with why; its reserved pieces are free to request again. */
export const rejectWarehouseRequest = warehouseRequestWorkflow.step<WarehouseRequestDecision>('reject', {
  data: decision,
  effect: async (tx, { row: request }) => {
    const released = await tx.warehouseItem.update({
      where: { id: request.itemId },
      data: { reservedQuantity: { decrement: request.quantity }, availableQuantity: { increment: request.quantity } },
    });
    return { item: await tx.warehouseItem.update({ where: { id: request.itemId }, data: { state: itemStateFor(released) } }) };
  },
});
