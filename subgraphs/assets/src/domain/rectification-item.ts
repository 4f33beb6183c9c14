import type { Prisma } from '../../prisma/generated/client.ts';
import type { RectificationStatus } from '../../prisma/generated/enums.ts';
import { stateMachine } from './state-machine.ts';

export type RectificationVerb = 'start' | 'submit' | 'verify' | 'reject';

/** A unit starts work on an item, submits it as done; staff verify it, or send it back. */
export const rectificationItemMachine = stateMachine<RectificationStatus, RectificationVerb>({
  start: { from: ['OPEN'], to: 'RECTIFYING' },
  submit: { from: ['RECTIFYING'], to: 'SUBMITTED' },
  verify: { from: ['SUBMITTED'], to: 'VERIFIED' },
  reject: { from: ['SUBMITTED'], to: 'RECTIFYING' },
});

/** Still with the unit (not submitted, not verified) after its due date. */
export function isOverdue(item: { status: RectificationStatus; dueOn: Date }, today: Date): boolean {
  return (item.status === 'OPEN' || item.status === 'RECTIFYING') && item.dueOn < today;
}

/** {@link isOverdue} as a query filter; keep the two in step. */
export function overdueWhere(today: Date): Prisma.RectificationItemWhereInput {
  return { status: { in: ['OPEN', 'RECTIFYING'] }, dueOn: { lt: today } };
}
