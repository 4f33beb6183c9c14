import { defineWorkflow } from '@jiguan/shared-schema/workflow/run-transition';
import type { Prisma } from '../../prisma/generated/client.ts';
import { paymentMachine } from '../domain/payment.ts';

export type PaymentQuery = Pick<Prisma.PaymentRequestFindUniqueArgs, 'select' | 'include'>;

/** The 支付 workflow (SUBMITTED → REVIEWED → PAID, or RETURNED with a reason). */
export const paymentWorkflow = defineWorkflow({
  entity: 'PaymentRequest',
  noun: '支付申请',
  machine: paymentMachine,
  load: (tx: Prisma.TransactionClient, id: string) => tx.paymentRequest.findUnique({ where: { id } }),
  // The conditional update on the status read: of two pays at once exactly one changes the row.
  move: async (tx, { row, from, to, data }) => (await tx.paymentRequest.updateMany({ where: { id: row.id, status: from }, data: { status: to, ...data } })).count,
  read: (tx, id, query: PaymentQuery | undefined) => tx.paymentRequest.findUniqueOrThrow({ ...query, where: { id } }),
});
