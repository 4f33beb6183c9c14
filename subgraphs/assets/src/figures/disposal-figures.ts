import type { Prisma } from '../../prisma/generated/client.ts';
import { prisma, table } from '../db.ts';
import { yearBounds } from '@jiguan/shared-schema/time/business-date';

export interface DisposalFigures {
  propertyRecords: number;
  propertyValue: Prisma.Decimal;
  vehicles: number;
  vehicleValue: Prisma.Decimal;
}

/** Disposals approved (批复) in a year (A10), property records and vehicles, in one statement. */
export async function disposalFigures(year: number): Promise<DisposalFigures> {
  const { first, last } = yearBounds(year);
  const [row] = await prisma.$queryRaw<DisposalFigures[]>`
    SELECT count(*) FILTER (WHERE "assetKind" = 'PROPERTY')::int AS "propertyRecords",
           COALESCE(sum(value) FILTER (WHERE "assetKind" = 'PROPERTY'), 0)::numeric(16, 2) AS "propertyValue",
           count(*) FILTER (WHERE "assetKind" = 'VEHICLE')::int AS vehicles,
           COALESCE(sum(value) FILTER (WHERE "assetKind" = 'VEHICLE'), 0)::numeric(16, 2) AS "vehicleValue"
      FROM ${table('Disposal')}
     -- approved that year, whether executed since or not
     WHERE status IN ('APPROVED', 'EXECUTED') AND "decidedOn" BETWEEN ${first}::date AND ${last}::date`;
  if (!row) throw new Error('disposal figures: no row');
  return row;
}
