import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { DirectoryChecks, ServicesActionContext } from '../context.ts';
import { dueAt } from '../domain/work-order.ts';
import type { SubmitWorkOrderInput } from '../schema/work-order.ts';
import { bookerUnit } from './booker-unit.ts';
import { registerUnit } from './register-unit.ts';
import type { WorkOrderQuery } from './work-order-workflow.ts';

/** 报修: a unit files a repair (staff for any unit); due after its priority's SLA. */
export async function submitWorkOrder({ actor, db }: ServicesActionContext, directory: DirectoryChecks, input: typeof SubmitWorkOrderInput.$inferInput, query?: WorkOrderQuery) {
  const { organizationId, personId } = await bookerUnit(actor, directory, { organizationId: input.organizationId, personId: input.requesterPersonId }, { unit: 'input.organizationId', person: 'input.requesterPersonId' });
  const now = new Date();
  return db.$transaction(async (tx) => {
    await registerUnit(tx, organizationId);
    const order = await tx.workOrder.create({
      ...query,
      data: {
        organizationId,
        requesterPersonId: personId,
        buildingId: input.buildingId,
        roomId: input.roomId ?? null,
        location: input.location ?? null,
        category: input.category,
        description: input.description,
        priority: input.priority,
        dueAt: dueAt(input.priority, now),
        status: 'SUBMITTED',
        createdAt: now,
      },
    });
    await recordAudit(tx, { actor, action: 'workOrder.submit', entity: 'WorkOrder', entityId: order.id, before: null, after: auditSnapshot(order) });
    return order;
  });
}
