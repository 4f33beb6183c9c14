import { businessDate } from '@jiguan/shared-schema/time/business-date';
import { issueAmounts, itemStateFor } from '../domain/warehouse-item.ts';
import { decision, warehouseRequestWorkflow, type WarehouseRequestDecision } from './warehouse-request-workflow.ts';

/** Approves a request: its reserved pieces go out to the unit (调剂出仓), with their value and the money saved. */
export const approveWarehouseRequest = warehouseRequestWorkflow.step<WarehouseRequestDecision>('approve', {
  data: decision,
  effect: async (tx, { row: request }) => {
    const released = await tx.warehouseItem.update({ where: { id: request.itemId }, data: { reservedQuantity: { decrement: request.quantity } } });
    const item = await tx.warehouseItem.update({ where: { id: request.itemId }, data: { state: itemStateFor(released) } });
    const issue = await tx.warehouseIssue.create({
      data: {
        itemId: request.itemId,
        kind: 'REALLOCATION',
        quantity: request.quantity,
        receivingId: request.organizationId,
        requestId: request.id,
        issuedOn: businessDate(),
        ...issueAmounts(request.item, request.quantity, 'REALLOCATION'),
      },
    });
    return { item, issue };
  },
});
