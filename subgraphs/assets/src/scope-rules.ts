import { defineScopeRules, EVERYONE } from '@jiguan/shared-schema/scope/scope-rules';
import type { Prisma } from '../prisma/generated/client.ts';

/** A property's units: the one that holds its title (产权单位) and the one that uses it (使用单位). */
const buildingUnits = (path: string) => [`${path}owningUnitId`, `${path}usingUnitId`];

/**
 * Which rows of the assets domain a viewer sees (the hub's data scope, see
 * shared-schema/src/auth/visible-unit-ids.ts): every row of a unit in their scope, found by the
 * paths below. The warehouse catalogue and the office-space standard are open to every reader.
 */
export const assetsScopeRules = defineScopeRules<Prisma.ModelName>({
  rules: {
    Organization: EVERYONE,
    Staffing: { units: ['organizationId'] },
    OfficeSpaceStandard: EVERYONE,
    Building: { units: buildingUnits('') },
    Survey: { units: buildingUnits('building.') },
    ArchiveDocument: { units: buildingUnits('building.') },
    Floor: { units: buildingUnits('building.') },
    Room: { units: buildingUnits('floor.building.') },
    RoomAllocation: { units: ['organizationId'] },
    Inspection: { units: ['organizationId'] },
    InspectionProblem: { units: ['inspection.organizationId'] },
    RectificationItem: { units: ['problem.inspection.organizationId'] },
    RevitalisationPlan: { units: buildingUnits('building.') },
    // A hand-over of the unit's property, or one it received.
    Handover: { units: [...buildingUnits('building.'), 'recipientId'] },
    Lease: { units: buildingUnits('building.') },
    RentedSpace: { units: ['organizationId'] },
    Warehouse: EVERYONE,
    WarehouseItem: EVERYONE,
    WarehouseRequest: { units: ['organizationId'] },
    // Pieces the unit received, or that came out of what it handed in.
    WarehouseIssue: { units: ['receivingId', 'item.fromUnitId'] },
    Disposal: { units: ['organizationId'] },
    DisposalStep: { units: ['disposal.organizationId'] },
    Vehicle: { units: ['organizationId'] },
    VehiclePurchaseApproval: { units: ['organizationId'] },
    FuelTopUp: { units: ['vehicle.organizationId'] },
    Trip: { units: ['vehicle.organizationId'] },
    ServiceRecord: { units: ['vehicle.organizationId'] },
    // A rental by the unit, or of the unit's own vehicle.
    VehicleBooking: { units: ['organizationId', 'vehicle.organizationId'] },
    // The trail is for staff and admins (field scope); it names no unit.
    AuditRecord: EVERYONE,
  },
  grants: [
    // The room a unit holds is its to see, with its floor and building, wherever they are.
    'RoomAllocation.room',
    'Room.floor',
    'Floor.building',
    // Implied by the rules above: the row's own unit is the target's.
    'Survey.building',
    'ArchiveDocument.building',
    'RevitalisationPlan.building',
    'Lease.building',
    // The property handed over is the recipient's to see: the hand-over made it its user.
    'Handover.building',
    'InspectionProblem.inspection',
    'RectificationItem.problem',
    'DisposalStep.disposal',
    'FuelTopUp.vehicle',
    'Trip.vehicle',
    'ServiceRecord.vehicle',
    'WarehouseRequest.issue',
  ],
});
