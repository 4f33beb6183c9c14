import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { AssetsActionContext } from '../context.ts';
import type { RequestVehiclePurchaseInput } from '../schema/vehicle-purchase-approval.ts';
import { requireOrganization } from './require-organization.ts';
import type { VehiclePurchaseQuery } from './vehicle-purchase-workflow.ts';

/** Records a unit's request to buy vehicles, pending review. */
export async function requestVehiclePurchase({ actor, db }: AssetsActionContext, input: typeof RequestVehiclePurchaseInput.$inferInput, query?: VehiclePurchaseQuery) {
  return db.$transaction(async (tx) => {
    await requireOrganization(tx, input.organizationId, 'input.organizationId');
    const approval = await tx.vehiclePurchaseApproval.create({ ...query, data: input });
    await recordAudit(tx, { actor, action: 'vehiclePurchase.request', entity: 'VehiclePurchaseApproval', entityId: approval.id, before: null, after: auditSnapshot(approval) });
    return approval;
  });
}
