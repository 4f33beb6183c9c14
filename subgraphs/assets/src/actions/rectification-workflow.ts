import { defineWorkflow } from '@jiguan/shared-schema/workflow/run-transition';
import type { Prisma } from '../../prisma/generated/client.ts';
import { rectificationItemMachine } from '../domain/rectification-item.ts';

export type RectificationItemQuery = Pick<Prisma.RectificationItemFindUniqueArgs, 'select' | 'include'>;

/** A step of an item, with a note where someone says what was done or why the check failed. */
export interface RectificationStepInput {
  id: string;
  note?: string | null;
}

/** The rectification workflow (OPEN → RECTIFYING → SUBMITTED → VERIFIED, or back to RECTIFYING); a note replaces the previous one. */
export const rectificationWorkflow = defineWorkflow({
  entity: 'RectificationItem',
  noun: '整改意见',
  machine: rectificationItemMachine,
  load: (tx: Prisma.TransactionClient, id: string) => tx.rectificationItem.findUnique({ where: { id } }),
  move: async (tx, { row, from, to, data }) => (await tx.rectificationItem.updateMany({ where: { id: row.id, status: from }, data: { status: to, ...data } })).count,
  read: (tx, id, query: RectificationItemQuery | undefined) => tx.rectificationItem.findUniqueOrThrow({ ...query, where: { id } }),
});

/** The note, when the step gives one. */
export const withNote = ({ input }: { input: RectificationStepInput }) => (input.note != null ? { note: input.note } : {});
