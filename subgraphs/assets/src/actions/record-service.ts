import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { AssetsActionContext } from '../context.ts';
import type { RecordServiceInput } from '../schema/service-record.ts';
import { requireVehicleInService } from './require-vehicle.ts';

/** Records maintenance, a repair or the annual inspection of an in-service vehicle. */
export async function recordService(
  { actor, db }: AssetsActionContext,
  input: typeof RecordServiceInput.$inferInput,
  query?: Pick<Prisma.ServiceRecordFindUniqueArgs, 'select' | 'include'>,
) {
  return db.$transaction(async (tx) => {
    await requireVehicleInService(tx, input.vehicleId, 'input.vehicleId');
    const record = await tx.serviceRecord.create({ ...query, data: input });
    await recordAudit(tx, { actor, action: 'serviceRecord.record', entity: 'ServiceRecord', entityId: record.id, before: null, after: auditSnapshot(record) });
    return record;
  });
}
