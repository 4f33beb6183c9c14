import { hasRole } from '@jiguan/shared-schema/auth/viewer';
import type { Refusal } from '@jiguan/shared-schema/errors';
import { stateMachine } from '@jiguan/shared-schema/workflow/state-machine';
import type { WorkOrderPriority, WorkOrderStatus } from '../../prisma/generated/enums.ts';
import { SERVICES_WRITERS } from './access.ts';

export type WorkOrderVerb = 'assign' | 'start' | 'finish' | 'rate' | 'reopen' | 'close';

export interface WorkOrderForRules {
  status: WorkOrderStatus;
  dueAt: Date;
  doneAt: Date | null;
}

/** A done repair may be reopened for this long. */
export const REOPEN_DAYS = 7;
const DAY = 86_400_000;

const DEFAULT_SLA_HOURS: Record<WorkOrderPriority, number> = { URGENT: 4, HIGH: 24, NORMAL: 72, LOW: 168 };

/** Hours from filing to done by priority: REPAIR_SLA_HOURS (`URGENT=4,HIGH=24,NORMAL=72,LOW=168`) overrides the defaults. */
export function slaHours(env: string | undefined = process.env.REPAIR_SLA_HOURS): Record<WorkOrderPriority, number> {
  const hours = { ...DEFAULT_SLA_HOURS };
  for (const part of (env ?? '').split(',')) {
    const [key, value] = part.split('=').map((s) => s.trim());
    if (key && key in hours && Number(value) > 0) hours[key as WorkOrderPriority] = Number(value);
  }
  return hours;
}

/** When a work order filed at `filedAt` is due. */
export const dueAt = (priority: WorkOrderPriority, filedAt: Date) => new Date(filedAt.getTime() + slaHours()[priority] * 3600_000);

const OPEN: readonly WorkOrderStatus[] = ['SUBMITTED', 'ASSIGNED', 'IN_PROGRESS'];

/** Not done by its due time. */
export function isOverdue(order: Pick<WorkOrderForRules, 'status' | 'dueAt'>, now: Date): boolean {
  return OPEN.includes(order.status) && order.dueAt.getTime() < now.getTime();
}

/** {@link isOverdue} as a query filter; keep the two in step. */
export const overdueWhere = (now: Date) => ({ status: { in: [...OPEN] }, dueAt: { lt: now } });

const REQUESTERS = [...SERVICES_WRITERS, 'UNIT_USER'] as const;

function reopenWindow(_viewer: unknown, order: WorkOrderForRules): Refusal | null {
  if (order.doneAt && order.doneAt.getTime() + REOPEN_DAYS * DAY < Date.now()) {
    return { code: 'CONFLICT', reason: 'REOPEN_WINDOW_PASSED', message: `完成已超过 ${REOPEN_DAYS} 天，不能重新打开`, params: { days: REOPEN_DAYS } };
  }
  return null;
}

/**
 * 报修工单: SUBMITTED → ASSIGNED (provider and worker) → IN_PROGRESS → DONE → RATED (by the
 * requesting unit) → CLOSED (staff; DONE may be closed unrated); reopened from DONE or RATED within
 * 7 days of done, back to ASSIGNED.
 */
export const workOrderMachine = stateMachine<WorkOrderStatus, WorkOrderVerb, WorkOrderForRules>({
  stateOf: (order) => order.status,
  transitions: {
    assign: { from: ['SUBMITTED'], to: 'ASSIGNED', roles: SERVICES_WRITERS },
    start: { from: ['ASSIGNED'], to: 'IN_PROGRESS', roles: SERVICES_WRITERS },
    finish: { from: ['IN_PROGRESS'], to: 'DONE', roles: SERVICES_WRITERS },
    // The requesting unit rates; staff do not rate their own providers' work.
    rate: {
      from: ['DONE'],
      to: 'RATED',
      roles: ['UNIT_USER'],
    },
    reopen: { from: ['DONE', 'RATED'], to: 'ASSIGNED', roles: [...REQUESTERS], refuse: reopenWindow },
    close: { from: ['DONE', 'RATED'], to: 'CLOSED', roles: SERVICES_WRITERS },
  },
});

export const WORK_ORDER_REQUESTERS = [...REQUESTERS];
export const isStaff = (viewer: Parameters<typeof hasRole>[0]) => hasRole(viewer, ...SERVICES_WRITERS);
