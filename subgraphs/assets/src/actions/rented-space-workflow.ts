import { defineWorkflow } from '@jiguan/shared-schema/workflow/run-transition';
import type { Prisma } from '../../prisma/generated/client.ts';
import { rentedSpaceMachine } from '../domain/rented-space.ts';

export type RentedSpaceQuery = Pick<Prisma.RentedSpaceFindUniqueArgs, 'select' | 'include'>;

/** A rented space's one step (give up) and how it is loaded, moved and read back. */
export const rentedSpaceWorkflow = defineWorkflow({
  entity: 'RentedSpace',
  noun: '租赁用房',
  machine: rentedSpaceMachine,
  load: (tx: Prisma.TransactionClient, id: string) => tx.rentedSpace.findUnique({ where: { id } }),
  move: async (tx, { row, data }) => (await tx.rentedSpace.updateMany({ where: { id: row.id, givenUpOn: null }, data })).count,
  read: (tx, id, query: RentedSpaceQuery | undefined) => tx.rentedSpace.findUniqueOrThrow({ ...query, where: { id } }),
});
