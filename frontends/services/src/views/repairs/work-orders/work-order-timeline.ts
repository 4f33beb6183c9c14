import type { WorkOrderRow } from './work-orders-query';

/** One step of a work order's history: what happened, when, and who (as far as the row says). */
export interface TimelineStep {
  step: 'SUBMITTED' | 'ASSIGNED' | 'STARTED' | 'DONE' | 'RATED' | 'CLOSED';
  at: string | null;
  who: string | null;
}

/**
 * The work order's steps so far, in order, from its own fields: filed by the requester, assigned to
 * the provider's worker (the latest assignment after a reopen), started and done by that worker,
 * rated by the requesting unit, closed by the centre. A step not taken yet is left out.
 */
export function workOrderTimeline(order: Pick<WorkOrderRow, 'createdAt' | 'requester' | 'organization' | 'assignedAt' | 'startedAt' | 'doneAt' | 'closedAt' | 'providerName' | 'workerName' | 'rating'>): TimelineStep[] {
  const worker = [order.providerName, order.workerName].filter(Boolean).join(' · ') || null;
  const steps: TimelineStep[] = [{ step: 'SUBMITTED', at: order.createdAt, who: `${order.requester.name}（${order.organization.name}）` }];
  if (order.assignedAt) steps.push({ step: 'ASSIGNED', at: order.assignedAt, who: worker });
  if (order.startedAt) steps.push({ step: 'STARTED', at: order.startedAt, who: order.workerName ?? null });
  if (order.doneAt) steps.push({ step: 'DONE', at: order.doneAt, who: order.workerName ?? null });
  // The rating has no time of its own: it comes between done and closed.
  if (order.rating !== null && order.rating !== undefined) steps.push({ step: 'RATED', at: null, who: order.organization.name });
  if (order.closedAt) steps.push({ step: 'CLOSED', at: order.closedAt, who: null });
  return steps;
}
