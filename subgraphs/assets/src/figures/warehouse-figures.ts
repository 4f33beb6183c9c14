import type { Prisma } from '../../prisma/generated/client.ts';
import { prisma, table } from '../db.ts';
import { yearBounds } from '@jiguan/shared-schema/time/business-date';

export interface WarehouseFigures {
  virtualItemsListed: number;
  virtualValueListed: Prisma.Decimal;
  virtualItemsReallocated: number;
  virtualSavings: Prisma.Decimal;
  physicalItemsIn: number;
  physicalValueIn: Prisma.Decimal;
  physicalItemsOut: number;
  physicalValueOut: Prisma.Decimal;
  physicalReallocatedItems: number;
  physicalReceivingUnits: number;
  physicalSavings: Prisma.Decimal;
}

/**
 * The public warehouse figures (A5–A7) in one statement: the virtual warehouse within the year,
 * the physical one cumulative to the year's end (as the report counts them). Pieces are 件, values 原值.
 */
export async function warehouseFigures(year: number): Promise<WarehouseFigures> {
  const { first, last } = yearBounds(year);
  const [row] = await prisma.$queryRaw<WarehouseFigures[]>`
    WITH items AS (
      SELECT i.*, w.kind AS "warehouseKind"
        FROM ${table('WarehouseItem')} i JOIN ${table('Warehouse')} w ON w.id = i."warehouseId"
    ), issues AS (
      SELECT x.*, items."warehouseKind"
        FROM ${table('WarehouseIssue')} x JOIN items ON items.id = x."itemId"
       WHERE x."issuedOn" <= ${last}::date
    )
    SELECT
      (SELECT COALESCE(sum(quantity), 0) FROM items
        WHERE "warehouseKind" = 'VIRTUAL' AND "listedOn" BETWEEN ${first}::date AND ${last}::date)::int AS "virtualItemsListed",
      (SELECT COALESCE(sum(quantity * "originalValue"), 0) FROM items
        WHERE "warehouseKind" = 'VIRTUAL' AND "listedOn" BETWEEN ${first}::date AND ${last}::date)::numeric(16, 2) AS "virtualValueListed",
      (SELECT COALESCE(sum(quantity), 0) FROM issues
        WHERE "warehouseKind" = 'VIRTUAL' AND kind = 'REALLOCATION' AND "issuedOn" >= ${first}::date)::int AS "virtualItemsReallocated",
      (SELECT COALESCE(sum(savings), 0) FROM issues
        WHERE "warehouseKind" = 'VIRTUAL' AND kind = 'REALLOCATION' AND "issuedOn" >= ${first}::date)::numeric(16, 2) AS "virtualSavings",
      -- 入仓 counts what units handed in; opening stock was never taken in
      (SELECT COALESCE(sum(quantity), 0) FROM items
        WHERE "warehouseKind" = 'PHYSICAL' AND origin = 'UNIT_TRANSFER' AND "listedOn" <= ${last}::date)::int AS "physicalItemsIn",
      (SELECT COALESCE(sum(quantity * "originalValue"), 0) FROM items
        WHERE "warehouseKind" = 'PHYSICAL' AND origin = 'UNIT_TRANSFER' AND "listedOn" <= ${last}::date)::numeric(16, 2) AS "physicalValueIn",
      (SELECT COALESCE(sum(quantity), 0) FROM issues WHERE "warehouseKind" = 'PHYSICAL')::int AS "physicalItemsOut",
      (SELECT COALESCE(sum(value), 0) FROM issues WHERE "warehouseKind" = 'PHYSICAL')::numeric(16, 2) AS "physicalValueOut",
      (SELECT COALESCE(sum(quantity), 0) FROM issues
        WHERE "warehouseKind" = 'PHYSICAL' AND kind = 'REALLOCATION')::int AS "physicalReallocatedItems",
      (SELECT count(DISTINCT "receivingId") FROM issues
        WHERE "warehouseKind" = 'PHYSICAL' AND kind = 'REALLOCATION')::int AS "physicalReceivingUnits",
      (SELECT COALESCE(sum(savings), 0) FROM issues
        WHERE "warehouseKind" = 'PHYSICAL' AND kind = 'REALLOCATION')::numeric(16, 2) AS "physicalSavings"`;
  if (!row) throw new Error('warehouse figures: no row');
  return row;
}
