import type { Prisma } from '../../prisma/generated/client.ts';
import { prisma, table } from '../db.ts';
import type { UnitSpaceFigures } from '../domain/office-space.ts';

interface Row {
  organizationId: string;
  officeArea: Prisma.Decimal;
  approvedHeadcount: number;
  allowedArea: Prisma.Decimal;
}

/**
 * Office area held, approved posts and the area the standard allows, for many units in one
 * statement. Raw SQL names its tables with `table()`: the adapter qualifies only Prisma's own queries.
 */
export async function unitSpaceFigures(organizationIds: readonly string[]): Promise<UnitSpaceFigures[]> {
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT o.id AS "organizationId",
           COALESCE((SELECT sum(r.area)
                       FROM ${table('RoomAllocation')} a JOIN ${table('Room')} r ON r.id = a."roomId"
                      WHERE a."organizationId" = o.id AND a."endedOn" IS NULL AND r.use = 'OFFICE'), 0)::numeric(14, 2) AS "officeArea",
           COALESCE((SELECT sum(s."approvedHeadcount") FROM ${table('Staffing')} s WHERE s."organizationId" = o.id), 0)::int AS "approvedHeadcount",
           COALESCE((SELECT sum(s."approvedHeadcount" * st."areaPerPerson")
                       FROM ${table('Staffing')} s JOIN ${table('OfficeSpaceStandard')} st ON st.rank = s.rank
                      WHERE s."organizationId" = o.id), 0)::numeric(14, 2) AS "allowedArea"
      FROM ${table('Organization')} o
     WHERE o.id = ANY(${[...organizationIds]})`;
  const byId = new Map(rows.map((row) => [row.organizationId, row]));
  return organizationIds.map((id) => {
    const row = byId.get(id);
    if (!row) throw new Error(`unit ${id} is not registered in assets`);
    return row;
  });
}
