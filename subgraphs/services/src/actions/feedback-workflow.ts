import { defineWorkflow } from '@jiguan/shared-schema/workflow/run-transition';
import type { Prisma } from '../../prisma/generated/client.ts';
import { feedbackMachine } from '../domain/feedback.ts';

export type FeedbackQuery = Pick<Prisma.FeedbackFindUniqueArgs, 'select' | 'include'>;

/** The 意见反馈 workflow (SUBMITTED → REPLIED). */
export const feedbackWorkflow = defineWorkflow({
  entity: 'Feedback',
  noun: '意见反馈',
  machine: feedbackMachine,
  load: (tx: Prisma.TransactionClient, id: string) => tx.feedback.findUnique({ where: { id } }),
  move: async (tx, { row, from, to, data }) => (await tx.feedback.updateMany({ where: { id: row.id, status: from }, data: { status: to, ...data } })).count,
  read: (tx, id, query: FeedbackQuery | undefined) => tx.feedback.findUniqueOrThrow({ ...query, where: { id } }),
});
