import type { ServicesActionContext } from '../context.ts';
import type { RecordVehicleEventInput } from '../schema/vehicle-event.ts';
import { createAudited } from '@jiguan/shared-schema/workflow/create-audited';

/** An event of an official vehicle's driving record (complaint, violation, accident) or a fleet activity (车场日, driver training). */
export const recordVehicleEvent = ({ actor, db }: ServicesActionContext, input: typeof RecordVehicleEventInput.$inferInput, query?: object) =>
  createAudited(db, actor, { action: 'vehicleRecordEvent.record', entity: 'VehicleRecordEvent', create: (tx) => tx.vehicleRecordEvent.create({ ...query, data: { ...input, vehicleId: input.vehicleId ?? null } }) });
