import { defineWorkflow } from '@jiguan/shared-schema/workflow/run-transition';
import type { Prisma } from '../../prisma/generated/client.ts';
import { warehouseRequestMachine } from '../domain/warehouse-request.ts';

export type WarehouseRequestQuery = Pick<Prisma.WarehouseRequestFindUniqueArgs, 'select' | 'include'>;

/** A decision on a request, with why (required to reject, optional to approve). */
export interface WarehouseRequestDecision {
  id: string;
  reason?: string | null;
}

/** The decisions on a reallocation request: each marks it decided, by whom and why, and moves its pieces. */
export const warehouseRequestWorkflow = defineWorkflow({
  entity: 'WarehouseRequest',
  noun: '调剂申请',
  machine: warehouseRequestMachine,
  load: (tx: Prisma.TransactionClient, id: string) => tx.warehouseRequest.findUnique({ where: { id }, include: { item: true } }),
  move: async (tx, { row, from, to, data }) => (await tx.warehouseRequest.updateMany({ where: { id: row.id, status: from }, data: { status: to, ...data } })).count,
  read: (tx, id, query: WarehouseRequestQuery | undefined) => tx.warehouseRequest.findUniqueOrThrow({ ...query, where: { id } }),
});

/** Who decided, when and why: the columns every decision sets. */
export const decision = ({ actor, input }: { actor: { accountId: string }; input: WarehouseRequestDecision }) => ({
  decidedBy: actor.accountId,
  decidedAt: new Date(),
  decisionReason: input.reason ?? null,
});
