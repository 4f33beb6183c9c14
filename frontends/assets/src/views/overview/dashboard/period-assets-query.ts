import { graphql } from '../../../generated/gql';
import type { PeriodAssetsQuery } from '../../../generated/graphql';

/** The assets figures of a year (A1–A14 of the work report), computed by the assets subgraph. */
export const periodAssetsQuery = graphql(`
  query PeriodAssets($year: Int!) {
    period(year: $year) {
      year
      assets {
        propertiesUnderManagement
        propertiesSurveyedAndArchived
        surveys { twoSurveysOneAssessmentArea landResurveyArea }
        inspections { units problems suggestions }
        virtualWarehouse { itemsListed valueListed itemsReallocated savings }
        physicalWarehouse { itemsIn valueIn itemsOut valueOut reallocatedItems receivingUnits savings }
        warehouseSavings
        idlePropertiesWithPlan
        disposals { propertyRecords propertyValue vehicles vehicleValue }
        vehiclePurchases { approved newEnergy }
        newEnergyPurchaseShare
        rentedAreaGivenUp
        rentSaved
        newRentedArea
        handovers { count yearlyRent }
        fuelTopUpChange { thisYear lastYear difference }
      }
    }
  }
`);

export type AssetsFigures = NonNullable<PeriodAssetsQuery['period']['assets']>;
