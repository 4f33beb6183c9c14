import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { AssetsActionContext } from '../context.ts';
import type { CreateLeaseInput } from '../schema/lease.ts';
import type { LeaseQuery } from './lease-workflow.ts';
import { requireBuilding } from './require-building.ts';

/** Records a property (or part of one) leased or lent out; its terms were checked with the input (leaseTermsProblem). */
export async function createLease({ actor, db }: AssetsActionContext, input: typeof CreateLeaseInput.$inferInput, query?: LeaseQuery) {
  return db.$transaction(async (tx) => {
    await requireBuilding(tx, input.buildingId, 'input.buildingId');
    const lease = await tx.lease.create({ ...query, data: input });
    await recordAudit(tx, { actor, action: 'lease.create', entity: 'Lease', entityId: lease.id, before: null, after: auditSnapshot(lease) });
    return lease;
  });
}
