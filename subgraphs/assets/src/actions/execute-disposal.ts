import { ConflictError } from '@jiguan/shared-schema/errors';
import type { Disposal, Prisma } from '../../prisma/generated/client.ts';
import { businessDate } from '@jiguan/shared-schema/time/business-date';
import { disposableQuantity, issueAmounts } from '../domain/warehouse-item.ts';
import { disposalWorkflow, type DisposalStepInput } from './disposal-workflow.ts';

/** The asset leaves: each change is conditional on the asset still being there to dispose of. */
async function disposeOfAsset(tx: Prisma.TransactionClient, disposal: Disposal): Promise<object> {
  const today = businessDate();
  if (disposal.vehicleId) {
    const { count } = await tx.vehicle.updateMany({ where: { id: disposal.vehicleId, status: 'IN_SERVICE' }, data: { status: 'DISPOSED' } });
    if (count === 0) throw new ConflictError('该车辆已处置', { reason: 'ALREADY_DISPOSED' });
    return { vehicle: await tx.vehicle.findUniqueOrThrow({ where: { id: disposal.vehicleId } }) };
  }
  if (disposal.itemId) {
    const item = await tx.warehouseItem.findUniqueOrThrow({ where: { id: disposal.itemId } });
    const quantity = disposableQuantity(item);
    const { count } =
      quantity === 0
        ? { count: 0 }
        : await tx.warehouseItem.updateMany({
            where: { id: item.id, state: item.state, availableQuantity: quantity, reservedQuantity: 0 },
            data: { availableQuantity: 0, state: 'DISPOSED' },
          });
    if (count === 0) throw new ConflictError(`${item.name} 已无可处置的库存，或有待审批的调剂申请`, { reason: 'STOCK_EXHAUSTED', params: { item: item.name } });
    const issue = await tx.warehouseIssue.create({
      data: { itemId: item.id, kind: 'DISPOSAL', quantity, disposalId: disposal.id, issuedOn: today, ...issueAmounts(item, quantity, 'DISPOSAL') },
    });
    return { issue };
  }
  if (disposal.buildingId) {
    const { count } = await tx.building.updateMany({ where: { id: disposal.buildingId, disposedOn: null }, data: { disposedOn: today } });
    if (count === 0) throw new ConflictError('该房屋已处置', { reason: 'ALREADY_DISPOSED' });
    return { building: await tx.building.findUniqueOrThrow({ where: { id: disposal.buildingId } }) };
  }
  return {};
}

/** APPROVED → EXECUTED: the vehicle is disposed of, the warehouse pieces leave, the property leaves the register. */
export const executeDisposal = disposalWorkflow.step<DisposalStepInput>('execute', { effect: (tx, { row }) => disposeOfAsset(tx, row) });
