/**
 * The assets part of the songjiang-2024 demo dataset: row-level data from which the graph computes
 * the published figures A1–A14 (shared/seed/figures-2024.md), with the report's names and places.
 * Deterministic (fixed ids, one seeded random source per area, so changing one area leaves the
 * others as they were). Runs in ONE transaction and only into an empty schema, so an interrupted
 * seed leaves nothing behind and the next start redoes it.
 */
import { SeededRandom } from '@jiguan/demo-data/seeded-random';
import { fileURLToPath } from 'node:url';
import type { PrismaClient } from './generated/client.ts';
import { seedBuildings } from './seed/buildings.ts';
import { seedDisposals } from './seed/disposals.ts';
import { seedIdleProperties } from './seed/idle-properties.ts';
import { seedInspections } from './seed/inspections.ts';
import { allowedOfficeArea, seedUnits } from './seed/units.ts';
import { seedVehicles } from './seed/vehicles.ts';
import { seedWarehouse } from './seed/warehouse.ts';

/** Every row of the dataset, computed before the transaction opens. */
export function assetsDataset() {
  const units = seedUnits(new SeededRandom(202401));
  const property = seedBuildings(new SeededRandom(202402), (unitId) => allowedOfficeArea(units.staffing, unitId));
  const buildings = property.buildings.map((building) => building.row);
  const inspections = seedInspections(new SeededRandom(202403), buildings);
  const idle = seedIdleProperties(new SeededRandom(202404), property.buildings);
  const warehouse = seedWarehouse(new SeededRandom(202405));
  const vehicles = seedVehicles(new SeededRandom(202406));
  const disposals = seedDisposals(new SeededRandom(202407), vehicles.retired, warehouse.disposedLots);
  return { units, property, buildings, inspections, idle, warehouse, vehicles, disposals };
}

export async function seedAssets(prisma: PrismaClient): Promise<'seeded' | 'already seeded'> {
  if ((await prisma.organization.count()) > 0) return 'already seeded';
  const { units, property, buildings, inspections, idle, warehouse, vehicles, disposals } = assetsDataset();
  return prisma.$transaction(
    async (tx) => {
      // Two starts at once: the lock makes the second wait, and the re-check makes it seed nothing.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('jiguan-seed-assets'))`;
      if ((await tx.organization.count()) > 0) return 'already seeded';
      await tx.organization.createMany({ data: units.organizations });
      await tx.staffing.createMany({ data: units.staffing });
      await tx.officeSpaceStandard.createMany({ data: units.standards });

      await tx.building.createMany({ data: buildings });
      await tx.survey.createMany({ data: property.surveys });
      await tx.archiveDocument.createMany({ data: property.archiveDocuments });
      await tx.floor.createMany({ data: property.floors });
      await tx.room.createMany({ data: property.rooms });
      await tx.roomAllocation.createMany({ data: property.roomAllocations });
      await tx.lease.createMany({ data: property.leases });

      await tx.inspection.createMany({ data: inspections.inspections });
      await tx.inspectionProblem.createMany({ data: inspections.problems });
      await tx.rectificationItem.createMany({ data: inspections.rectificationItems });

      await tx.revitalisationPlan.createMany({ data: idle.plans });
      await tx.handover.createMany({ data: idle.handovers });
      await tx.rentedSpace.createMany({ data: idle.rentedSpaces });

      await tx.vehicle.createMany({ data: vehicles.vehicles });
      await tx.vehiclePurchaseApproval.createMany({ data: vehicles.purchaseApprovals });
      await tx.fuelTopUp.createMany({ data: vehicles.fuelTopUps });
      await tx.trip.createMany({ data: vehicles.trips });
      await tx.serviceRecord.createMany({ data: vehicles.serviceRecords });
      await tx.vehicleBooking.createMany({ data: vehicles.bookings });

      await tx.warehouse.createMany({ data: warehouse.warehouses });
      await tx.warehouseItem.createMany({ data: warehouse.items });
      await tx.warehouseRequest.createMany({ data: warehouse.requests });
      await tx.disposal.createMany({ data: disposals.disposals });
      await tx.disposalStep.createMany({ data: disposals.steps });
      await tx.warehouseIssue.createMany({ data: [...warehouse.issues, ...disposals.issues] });
      return 'seeded';
    },
    { timeout: 120_000 },
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { prisma, closeDatabase } = await import('../src/db.ts');
  console.log(`assets: ${await seedAssets(prisma)}`);
  await closeDatabase();
}
