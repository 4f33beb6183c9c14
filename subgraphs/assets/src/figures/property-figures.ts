import type { Prisma } from '../../prisma/generated/client.ts';
import { prisma, table } from '../db.ts';
import { yearBounds } from '@jiguan/shared-schema/time/business-date';

export interface PropertyFigures {
  propertiesUnderManagement: number;
  propertiesSurveyedAndArchived: number;
  twoSurveysOneAssessmentArea: Prisma.Decimal;
  landResurveyArea: Prisma.Decimal;
  idlePropertiesWithPlan: number;
  rentedAreaGivenUp: Prisma.Decimal;
  rentSaved: Prisma.Decimal;
  newRentedArea: Prisma.Decimal;
  handovers: number;
  handoverYearlyRent: Prisma.Decimal;
}

/**
 * A year's property figures (A1–A3, A9, A12, A13 of the 2024 report) in one statement of
 * aggregates over the rows. Raw SQL names its tables with `table()`: the adapter qualifies only Prisma's own queries.
 */
export async function propertyFigures(year: number): Promise<PropertyFigures> {
  const { first, last } = yearBounds(year);
  const [row] = await prisma.$queryRaw<PropertyFigures[]>`
    SELECT
      -- on the register at the year's end
      (SELECT count(*) FROM ${table('Building')} b
        WHERE b."managedSince" <= ${last}::date AND (b."disposedOn" IS NULL OR b."disposedOn" > ${last}::date))::int AS "propertiesUnderManagement",
      -- … of them, surveyed on site by then and with an archive (一房一档)
      (SELECT count(*) FROM ${table('Building')} b
        WHERE b."managedSince" <= ${last}::date AND (b."disposedOn" IS NULL OR b."disposedOn" > ${last}::date)
          AND EXISTS (SELECT 1 FROM ${table('Survey')} s WHERE s."buildingId" = b.id AND s.kind = 'SITE_SURVEY' AND s."surveyedOn" <= ${last}::date)
          AND EXISTS (SELECT 1 FROM ${table('ArchiveDocument')} d WHERE d."buildingId" = b.id))::int AS "propertiesSurveyedAndArchived",
      (SELECT COALESCE(sum(area), 0) FROM ${table('Survey')}
        WHERE kind = 'TWO_SURVEYS_ONE_ASSESSMENT' AND "surveyedOn" BETWEEN ${first}::date AND ${last}::date)::numeric(14, 2) AS "twoSurveysOneAssessmentArea",
      (SELECT COALESCE(sum(area), 0) FROM ${table('Survey')}
        WHERE kind = 'LAND_RESURVEY' AND "surveyedOn" BETWEEN ${first}::date AND ${last}::date)::numeric(14, 2) AS "landResurveyArea",
      (SELECT count(DISTINCT "buildingId") FROM ${table('RevitalisationPlan')}
        WHERE "surveyedOn" BETWEEN ${first}::date AND ${last}::date)::int AS "idlePropertiesWithPlan",
      (SELECT COALESCE(sum(area), 0) FROM ${table('RentedSpace')}
        WHERE "givenUpOn" BETWEEN ${first}::date AND ${last}::date)::numeric(14, 2) AS "rentedAreaGivenUp",
      (SELECT COALESCE(sum("yearlyRent"), 0) FROM ${table('RentedSpace')}
        WHERE "givenUpOn" BETWEEN ${first}::date AND ${last}::date)::numeric(16, 2) AS "rentSaved",
      (SELECT COALESCE(sum(area), 0) FROM ${table('RentedSpace')}
        WHERE "startsOn" BETWEEN ${first}::date AND ${last}::date)::numeric(14, 2) AS "newRentedArea",
      (SELECT count(*) FROM ${table('Handover')}
        WHERE "handedOverOn" BETWEEN ${first}::date AND ${last}::date)::int AS "handovers",
      (SELECT COALESCE(sum("yearlyRent"), 0) FROM ${table('Handover')}
        WHERE "handedOverOn" BETWEEN ${first}::date AND ${last}::date)::numeric(16, 2) AS "handoverYearlyRent"`;
  if (!row) throw new Error('property figures: no row');
  return row;
}
