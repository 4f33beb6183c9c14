import { stateMachine } from '@jiguan/shared-schema/workflow/state-machine';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { RectificationStatus } from '../../prisma/generated/enums.ts';
import { ASSETS_WRITERS } from './access.ts';

export type RectificationVerb = 'start' | 'submit' | 'verify' | 'reject';

/** A unit starts work on an item, submits it as done; staff verify it, or send it back. */
export const rectificationItemMachine = stateMachine<RectificationStatus, RectificationVerb, { status: RectificationStatus }>({
  stateOf: (item) => item.status,
  transitions: {
    start: { from: ['OPEN'], to: 'RECTIFYING', roles: ASSETS_WRITERS },
    submit: { from: ['RECTIFYING'], to: 'SUBMITTED', roles: ASSETS_WRITERS },
    verify: { from: ['SUBMITTED'], to: 'VERIFIED', roles: ASSETS_WRITERS },
    reject: { from: ['SUBMITTED'], to: 'RECTIFYING', roles: ASSETS_WRITERS },
  },
});

/** Still with the unit (not submitted, not verified) after its due date. */
export function isOverdue(item: { status: RectificationStatus; dueOn: Date }, today: Date): boolean {
  return (item.status === 'OPEN' || item.status === 'RECTIFYING') && item.dueOn < today;
}

/** {@link isOverdue} as a query filter; keep the two in step. */
export function overdueWhere(today: Date): Prisma.RectificationItemWhereInput {
  return { status: { in: ['OPEN', 'RECTIFYING'] }, dueOn: { lt: today } };
}
