import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import type { Prisma } from '../../prisma/generated/client.ts';
import { visibleUnitIds } from './access.ts';

/**
 * Which rows of each table a viewer may list, as query filters: everything for staff, admins and
 * leaders; for a unit user the rows that belong to their unit (see access.ts). One function per
 * table, each saying what "belongs to a unit" means there.
 */
function scoped<TWhere extends object>(viewer: Viewer, ofUnits: (units: string[]) => TWhere): TWhere | Record<string, never> {
  const units = visibleUnitIds(viewer);
  return units === null ? {} : ofUnits([...units]);
}

/** A property its unit owns or uses. */
export const visibleBuildings = (viewer: Viewer): Prisma.BuildingWhereInput =>
  scoped(viewer, (units) => ({ OR: [{ owningUnitId: { in: units } }, { usingUnitId: { in: units } }] }));

export const visibleRoomAllocations = (viewer: Viewer): Prisma.RoomAllocationWhereInput =>
  scoped(viewer, (units) => ({ organizationId: { in: units } }));

export const visibleInspections = (viewer: Viewer): Prisma.InspectionWhereInput =>
  scoped(viewer, (units) => ({ organizationId: { in: units } }));

export const visibleRectificationItems = (viewer: Viewer): Prisma.RectificationItemWhereInput =>
  scoped(viewer, (units) => ({ problem: { inspection: { organizationId: { in: units } } } }));

export const visiblePlans = (viewer: Viewer): Prisma.RevitalisationPlanWhereInput =>
  scoped(viewer, () => ({ building: visibleBuildings(viewer) }));

/** A hand-over of the unit's property, or one the unit received. */
export const visibleHandovers = (viewer: Viewer): Prisma.HandoverWhereInput =>
  scoped(viewer, (units) => ({ OR: [{ building: visibleBuildings(viewer) }, { recipientId: { in: units } }] }));

export const visibleLeases = (viewer: Viewer): Prisma.LeaseWhereInput => scoped(viewer, () => ({ building: visibleBuildings(viewer) }));

export const visibleRentedSpaces = (viewer: Viewer): Prisma.RentedSpaceWhereInput =>
  scoped(viewer, (units) => ({ organizationId: { in: units } }));

export const visibleWarehouseRequests = (viewer: Viewer): Prisma.WarehouseRequestWhereInput =>
  scoped(viewer, (units) => ({ organizationId: { in: units } }));

/** Pieces the unit received, or that came out of what it handed in. */
export const visibleWarehouseIssues = (viewer: Viewer): Prisma.WarehouseIssueWhereInput =>
  scoped(viewer, (units) => ({ OR: [{ receivingId: { in: units } }, { item: { fromUnitId: { in: units } } }] }));

export const visibleDisposals = (viewer: Viewer): Prisma.DisposalWhereInput =>
  scoped(viewer, (units) => ({ organizationId: { in: units } }));

export const visibleVehicles = (viewer: Viewer): Prisma.VehicleWhereInput =>
  scoped(viewer, (units) => ({ organizationId: { in: units } }));

export const visiblePurchaseApprovals = (viewer: Viewer): Prisma.VehiclePurchaseApprovalWhereInput =>
  scoped(viewer, (units) => ({ organizationId: { in: units } }));

/** A rental by the unit, or of the unit's own vehicle. */
export const visibleBookings = (viewer: Viewer): Prisma.VehicleBookingWhereInput =>
  scoped(viewer, (units) => ({ OR: [{ organizationId: { in: units } }, { vehicle: { organizationId: { in: units } } }] }));
