import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import type { ServiceKind } from '../../prisma/generated/enums.ts';
import { prisma } from '../db.ts';
import { requireVehicleInService } from './require-vehicle.ts';

export interface RecordServiceInput {
  vehicleId: string;
  servicedOn: Date;
  kind: ServiceKind;
  cost: string;
  workshop: string;
  description: string;
}

/** Records maintenance, a repair or the annual inspection of an in-service vehicle. */
export async function recordService(actor: Viewer, input: RecordServiceInput) {
  return prisma.$transaction(async (tx) => {
    await requireVehicleInService(tx, input.vehicleId, 'input.vehicleId');
    const record = await tx.serviceRecord.create({ data: { ...input, workshop: input.workshop.trim(), description: input.description.trim() } });
    await recordAudit(tx, { actor, action: 'serviceRecord.record', entity: 'ServiceRecord', entityId: record.id, before: null, after: record });
    return record;
  });
}
