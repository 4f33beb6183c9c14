import { defineWorkflow } from '@jiguan/shared-schema/workflow/run-transition';
import type { Prisma } from '../../prisma/generated/client.ts';
import { businessDate } from '@jiguan/shared-schema/time/business-date';
import { vehiclePurchaseMachine } from '../domain/vehicle-purchase.ts';

export type VehiclePurchaseQuery = Pick<Prisma.VehiclePurchaseApprovalFindUniqueArgs, 'select' | 'include'>;

export interface VehiclePurchaseDecision {
  id: string;
  reason?: string | null;
}

/** The decision on a unit's request to buy vehicles: once, on today's date, with why. */
export const vehiclePurchaseWorkflow = defineWorkflow({
  entity: 'VehiclePurchaseApproval',
  noun: '车辆配备申请',
  machine: vehiclePurchaseMachine,
  load: (tx: Prisma.TransactionClient, id: string) => tx.vehiclePurchaseApproval.findUnique({ where: { id } }),
  move: async (tx, { row, from, to, data }) =>
    (await tx.vehiclePurchaseApproval.updateMany({ where: { id: row.id, status: from }, data: { status: to, ...data } })).count,
  read: (tx, id, query: VehiclePurchaseQuery | undefined) => tx.vehiclePurchaseApproval.findUniqueOrThrow({ ...query, where: { id } }),
});

/** The columns every decision sets. */
export const purchaseDecision = ({ input }: { input: VehiclePurchaseDecision }) => ({ decidedOn: businessDate(), decisionReason: input.reason ?? null });
