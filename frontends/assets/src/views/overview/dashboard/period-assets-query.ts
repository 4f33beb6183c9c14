import { defineDocument } from '@jiguan/kit';

/** The assets figures of a year (A1–A14 of the work report), computed by the assets subgraph. */
export interface AssetsFigures {
  propertiesUnderManagement: number;
  surveys: { twoSurveysOneAssessmentArea: string; landResurveyArea: string };
  inspections: { units: number; problems: number; suggestions: number };
  virtualWarehouse: { itemsListed: number; valueListed: string; itemsReallocated: number; savings: string };
  physicalWarehouse: {
    itemsIn: number;
    valueIn: string;
    itemsOut: number;
    valueOut: string;
    reallocatedItems: number;
    receivingUnits: number;
    savings: string;
  };
  warehouseSavings: string;
  idlePropertiesWithPlan: number;
  disposals: { propertyRecords: number; propertyValue: string; vehicles: number; vehicleValue: string };
  vehiclePurchases: { approved: number; newEnergy: number };
  newEnergyPurchaseShare: string | null;
  rentedAreaGivenUp: string;
  rentSaved: string;
  newRentedArea: string;
  handovers: { count: number; yearlyRent: string };
  fuelTopUpChange: { thisYear: string; lastYear: string; difference: string };
}

export const periodAssetsQuery = defineDocument<{ period: { year: number; assets: AssetsFigures } }, { year: number }>(`
  query PeriodAssets($year: Int!) {
    period(year: $year) {
      year
      assets {
        propertiesUnderManagement
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
