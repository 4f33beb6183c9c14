import { stateMachine } from '@jiguan/shared-schema/workflow/state-machine';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { RectificationTaskStatus } from '../../prisma/generated/enums.ts';
import { PARTY_WRITERS } from './access.ts';

export type RectificationTaskVerb = 'start' | 'complete' | 'verify' | 'reject';

/** 巡察整改: a task is started, completed with its evidence, and verified — or sent back. */
export const rectificationTaskMachine = stateMachine<RectificationTaskStatus, RectificationTaskVerb, { status: RectificationTaskStatus }>({
  stateOf: (task) => task.status,
  transitions: {
    start: { from: ['OPEN'], to: 'IN_PROGRESS', roles: PARTY_WRITERS },
    complete: { from: ['IN_PROGRESS'], to: 'DONE', roles: PARTY_WRITERS },
    verify: { from: ['DONE'], to: 'VERIFIED', roles: PARTY_WRITERS },
    reject: { from: ['DONE'], to: 'IN_PROGRESS', roles: PARTY_WRITERS },
  },
});

/** Not done after its due date. */
export function isOverdue(task: { status: RectificationTaskStatus; dueOn: Date }, today: Date): boolean {
  return (task.status === 'OPEN' || task.status === 'IN_PROGRESS') && task.dueOn < today;
}

/** {@link isOverdue} as a query filter; keep the two in step. */
export function overdueWhere(today: Date): Prisma.RectificationTaskWhereInput {
  return { status: { in: ['OPEN', 'IN_PROGRESS'] }, dueOn: { lt: today } };
}
