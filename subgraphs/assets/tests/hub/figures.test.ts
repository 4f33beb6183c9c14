import { describe, expect, it } from 'vitest';
import { as, dataOf, expectError } from './client.ts';

const FIGURES = `{ period(year: 2024) { year assets {
  propertiesUnderManagement propertiesSurveyedAndArchived
  surveys { twoSurveysOneAssessmentArea landResurveyArea }
  inspections { units problems suggestions }
  virtualWarehouse { itemsListed valueListed itemsReallocated savings }
  physicalWarehouse { itemsIn valueIn itemsOut valueOut reallocatedItems receivingUnits savings }
  warehouseSavings
  idlePropertiesWithPlan
  disposals { propertyRecords propertyValue vehicles vehicleValue }
  vehiclePurchases { approved newEnergy }
  newEnergyPurchaseShare
  rentedAreaGivenUp rentSaved newRentedArea
  handovers { count yearlyRent }
  fuelTopUpChange { thisYear lastYear difference }
} } }`;

describe('the 2024 assets figures, computed from the seeded rows', () => {
  it('equal the published ones (A1–A14 of figures-2024.md)', async () => {
    const { assets } = dataOf(await as('leader', FIGURES)).period;
    expect(assets.propertiesUnderManagement).toBe(277); // A1 …
    expect(assets.propertiesSurveyedAndArchived).toBe(277); // … each with a site survey and an archive
    expect(assets.surveys).toEqual({ twoSurveysOneAssessmentArea: '350000.00', landResurveyArea: '28300.00' }); // A2 ≈ 35万 m², A3
    expect(assets.inspections).toEqual({ units: 16, problems: 53, suggestions: 58 }); // A4
    expect(assets.virtualWarehouse).toEqual({ itemsListed: 701, valueListed: '337200.00', itemsReallocated: 148, savings: '56400.00' }); // A5
    expect(assets.physicalWarehouse).toEqual({
      itemsIn: 705, valueIn: '1462600.00', itemsOut: 776, valueOut: '740300.00', // A6
      reallocatedItems: 443, receivingUnits: 16, savings: '378900.00', // A7
    });
    expect(assets.warehouseSavings).toBe('435300.00'); // A8
    expect(assets.idlePropertiesWithPlan).toBe(32); // A9
    expect(assets.disposals).toEqual({ propertyRecords: 618, propertyValue: '747784400.00', vehicles: 23, vehicleValue: '6779000.00' }); // A10
    expect(assets.vehiclePurchases).toEqual({ approved: 34, newEnergy: 31 });
    expect(assets.newEnergyPurchaseShare).toBe('91.18'); // A11 > 90 %: 31 of 34
    expect(assets.rentedAreaGivenUp).toBe('5436.80'); // A12 > 5,400 m²
    expect(assets.rentSaved).toBe('4000000.00'); // A12 ≈ 400万
    expect(assets.newRentedArea).toBe('0.00'); // A12
    expect(assets.handovers).toEqual({ count: 13, yearlyRent: '2512400.00' }); // A13
    expect(assets.fuelTopUpChange.difference).toBe('-66600.00'); // A14
  });

  it('are for staff, admins and leaders, not for unit users or other departments', async () => {
    for (const user of ['assets', 'admin'] as const) expect(dataOf(await as(user, '{ period(year: 2024) { assets { propertiesUnderManagement } } }')).period.assets.propertiesUnderManagement).toBe(277);
    for (const user of ['unit', 'services'] as const) expectError(await as(user, '{ period(year: 2024) { assets { propertiesUnderManagement } } }'), 'FORBIDDEN');
  });

  it('count another year from its own rows', async () => {
    const { assets } = dataOf(await as('leader', '{ period(year: 2023) { assets { inspections { units problems } vehiclePurchases { approved } fuelTopUpChange { thisYear } } } }')).period;
    expect(assets).toEqual({ inspections: { units: 10, problems: 24 }, vehiclePurchases: { approved: 22 }, fuelTopUpChange: { thisYear: '612800.00' } });
  });

  it('count the properties under management of 2023, before the 2024 surveys gave them their archives', async () => {
    const { assets } = dataOf(await as('leader', '{ period(year: 2023) { assets { propertiesUnderManagement propertiesSurveyedAndArchived } } }')).period;
    expect(assets.propertiesUnderManagement).toBeGreaterThan(200);
    expect(assets.propertiesUnderManagement).toBeLessThan(277);
    expect(assets.propertiesSurveyedAndArchived).toBe(0);
  });
});
