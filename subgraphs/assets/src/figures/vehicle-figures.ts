import type { Prisma } from '../../prisma/generated/client.ts';
import { prisma, table } from '../db.ts';
import { yearBounds } from '@jiguan/shared-schema/time/business-date';
import { NEW_ENERGY_TYPES } from '../domain/vehicle.ts';

export interface VehicleFigures {
  approvedVehicles: number;
  newEnergyVehicles: number;
  fuelTopUpThisYear: Prisma.Decimal;
  fuelTopUpLastYear: Prisma.Decimal;
}

/** Vehicle purchases approved in a year (A11) and fuel-card top-ups against the year before (A14), in one statement. */
export async function vehicleFigures(year: number): Promise<VehicleFigures> {
  const { first, last } = yearBounds(year);
  const previous = yearBounds(year - 1);
  const newEnergy = NEW_ENERGY_TYPES.map(String);
  const [row] = await prisma.$queryRaw<VehicleFigures[]>`
    SELECT
      (SELECT COALESCE(sum(quantity), 0) FROM ${table('VehiclePurchaseApproval')}
        WHERE status = 'APPROVED' AND "decidedOn" BETWEEN ${first}::date AND ${last}::date)::int AS "approvedVehicles",
      (SELECT COALESCE(sum(quantity), 0) FROM ${table('VehiclePurchaseApproval')}
        WHERE status = 'APPROVED' AND "decidedOn" BETWEEN ${first}::date AND ${last}::date
          AND "energyType"::text = ANY(${newEnergy}))::int AS "newEnergyVehicles",
      (SELECT COALESCE(sum(amount), 0) FROM ${table('FuelTopUp')}
        WHERE "toppedUpOn" BETWEEN ${first}::date AND ${last}::date)::numeric(14, 2) AS "fuelTopUpThisYear",
      (SELECT COALESCE(sum(amount), 0) FROM ${table('FuelTopUp')}
        WHERE "toppedUpOn" BETWEEN ${previous.first}::date AND ${previous.last}::date)::numeric(14, 2) AS "fuelTopUpLastYear"`;
  if (!row) throw new Error('vehicle figures: no row');
  return row;
}
