import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import type { EnergyType, VehicleKind } from '../../prisma/generated/enums.ts';
import { prisma } from '../db.ts';
import { requireOrganization } from './require-organization.ts';

export interface RequestVehiclePurchaseInput {
  organizationId: string;
  vehicleKind: VehicleKind;
  energyType: EnergyType;
  quantity: number;
  budget: string;
  reason: string;
  requestedOn: Date;
}

/** Records a unit's request to buy vehicles, pending review. */
export async function requestVehiclePurchase(actor: Viewer, input: RequestVehiclePurchaseInput) {
  return prisma.$transaction(async (tx) => {
    await requireOrganization(tx, input.organizationId, 'input.organizationId');
    const approval = await tx.vehiclePurchaseApproval.create({ data: { ...input, reason: input.reason.trim() } });
    await recordAudit(tx, { actor, action: 'vehiclePurchase.request', entity: 'VehiclePurchaseApproval', entityId: approval.id, before: null, after: approval });
    return approval;
  });
}
