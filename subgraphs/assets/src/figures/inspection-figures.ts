import { prisma, table } from '../db.ts';
import { yearBounds } from '@jiguan/shared-schema/time/business-date';

export interface InspectionFigures {
  units: number;
  problems: number;
  suggestions: number;
}

/** A year's inspections (A4): units inspected, problems found, rectification items issued; one statement. */
export async function inspectionFigures(year: number): Promise<InspectionFigures> {
  const { first, last } = yearBounds(year);
  const [row] = await prisma.$queryRaw<InspectionFigures[]>`
    SELECT count(DISTINCT i."organizationId")::int AS units,
           count(DISTINCT p.id)::int AS problems,
           count(r.id)::int AS suggestions
      FROM ${table('Inspection')} i
      LEFT JOIN ${table('InspectionProblem')} p ON p."inspectionId" = i.id
      LEFT JOIN ${table('RectificationItem')} r ON r."problemId" = p.id
     WHERE i."inspectedOn" BETWEEN ${first}::date AND ${last}::date`;
  if (!row) throw new Error('inspection figures: no row');
  return row;
}
