import { builder } from '../builder.ts';
import { assetsFigures, type AssetsFigures } from '../figures/assets-figures.ts';
import { assetsAccess } from '../domain/access.ts';

/** Money and areas go out with their two decimals, e.g. "337200.00". */
const fixed = (value: { toFixed(digits: number): string }) => value.toFixed(2);

const SurveyFiguresRef = builder.objectRef<AssetsFigures>('SurveyFigures').implement({
  fields: (t) => ({
    twoSurveysOneAssessmentArea: t.field({
      type: 'Decimal',
      description: 'm² of uncertified or mismatched properties through 两测一评 in the year (A2)',
      resolve: async (figures) => fixed((await figures.properties()).twoSurveysOneAssessmentArea),
    }),
    landResurveyArea: t.field({
      type: 'Decimal',
      description: 'm² of land re-surveyed (土地修测) in the year (A3)',
      resolve: async (figures) => fixed((await figures.properties()).landResurveyArea),
    }),
  }),
});

const InspectionFiguresRef = builder.objectRef<AssetsFigures>('InspectionFigures').implement({
  description: 'The year’s premises inspections (A4)',
  fields: (t) => ({
    units: t.int({ description: 'Units inspected', resolve: async (figures) => (await figures.inspections()).units }),
    problems: t.int({ description: 'Problems found', resolve: async (figures) => (await figures.inspections()).problems }),
    suggestions: t.int({ description: 'Rectification items issued', resolve: async (figures) => (await figures.inspections()).suggestions }),
  }),
});

const VirtualWarehouseFiguresRef = builder.objectRef<AssetsFigures>('VirtualWarehouseFigures').implement({
  description: 'The virtual warehouse within the year (A5); items are pieces (件)',
  fields: (t) => ({
    itemsListed: t.int({ resolve: async (figures) => (await figures.warehouse()).virtualItemsListed }),
    valueListed: t.field({ type: 'Decimal', description: 'yuan, original value (原值)', resolve: async (figures) => fixed((await figures.warehouse()).virtualValueListed) }),
    itemsReallocated: t.int({ resolve: async (figures) => (await figures.warehouse()).virtualItemsReallocated }),
    savings: t.field({ type: 'Decimal', description: 'yuan, at new prices', resolve: async (figures) => fixed((await figures.warehouse()).virtualSavings) }),
  }),
});

const PhysicalWarehouseFiguresRef = builder.objectRef<AssetsFigures>('PhysicalWarehouseFigures').implement({
  description: 'The physical warehouse, cumulative to the year’s end (A6, A7); items are pieces (件)',
  fields: (t) => ({
    itemsIn: t.int({ description: 'Handed in by units (入仓)', resolve: async (figures) => (await figures.warehouse()).physicalItemsIn }),
    valueIn: t.field({ type: 'Decimal', description: 'yuan, original value (原值)', resolve: async (figures) => fixed((await figures.warehouse()).physicalValueIn) }),
    itemsOut: t.int({ description: 'Issued (出仓): reallocated or disposed of', resolve: async (figures) => (await figures.warehouse()).physicalItemsOut }),
    valueOut: t.field({ type: 'Decimal', description: 'yuan, original value (原值)', resolve: async (figures) => fixed((await figures.warehouse()).physicalValueOut) }),
    reallocatedItems: t.int({ description: 'Of those out, reallocated to units', resolve: async (figures) => (await figures.warehouse()).physicalReallocatedItems }),
    receivingUnits: t.int({ resolve: async (figures) => (await figures.warehouse()).physicalReceivingUnits }),
    savings: t.field({ type: 'Decimal', description: 'yuan, at new prices', resolve: async (figures) => fixed((await figures.warehouse()).physicalSavings) }),
  }),
});

const DisposalFiguresRef = builder.objectRef<AssetsFigures>('DisposalFigures').implement({
  description: 'Disposals approved (批复) in the year (A10)',
  fields: (t) => ({
    propertyRecords: t.int({ resolve: async (figures) => (await figures.disposals()).propertyRecords }),
    propertyValue: t.field({ type: 'Decimal', description: 'yuan', resolve: async (figures) => fixed((await figures.disposals()).propertyValue) }),
    vehicles: t.int({ resolve: async (figures) => (await figures.disposals()).vehicles }),
    vehicleValue: t.field({ type: 'Decimal', description: 'yuan', resolve: async (figures) => fixed((await figures.disposals()).vehicleValue) }),
  }),
});

const VehiclePurchaseFiguresRef = builder.objectRef<AssetsFigures>('VehiclePurchaseFigures').implement({
  description: 'Official-vehicle purchases approved in the year, for A11',
  fields: (t) => ({
    approved: t.int({ description: 'Vehicles approved', resolve: async (figures) => (await figures.vehicles()).approvedVehicles }),
    newEnergy: t.int({ description: 'Of those, battery-electric or plug-in hybrid', resolve: async (figures) => (await figures.vehicles()).newEnergyVehicles }),
  }),
});

const HandoverFiguresRef = builder.objectRef<AssetsFigures>('HandoverFigures').implement({
  description: 'Idle properties handed over in the year to be let — in Songjiang to 商发集团 (A13)',
  fields: (t) => ({
    count: t.int({ resolve: async (figures) => (await figures.properties()).handovers }),
    yearlyRent: t.field({ type: 'Decimal', description: 'New after-tax rent income, yuan a year', resolve: async (figures) => fixed((await figures.properties()).handoverYearlyRent) }),
  }),
});

const FuelTopUpChangeRef = builder.objectRef<AssetsFigures>('FuelTopUpChange').implement({
  description: 'Fuel-card top-ups against the year before (A14); a negative difference is money saved',
  fields: (t) => ({
    thisYear: t.field({ type: 'Decimal', resolve: async (figures) => fixed((await figures.vehicles()).fuelTopUpThisYear) }),
    lastYear: t.field({ type: 'Decimal', resolve: async (figures) => fixed((await figures.vehicles()).fuelTopUpLastYear) }),
    difference: t.field({
      type: 'Decimal',
      description: 'thisYear − lastYear',
      resolve: async (figures) => {
        const { fuelTopUpThisYear, fuelTopUpLastYear } = await figures.vehicles();
        return fixed(fuelTopUpThisYear.sub(fuelTopUpLastYear));
      },
    }),
  }),
});

const AssetsKpisRef = builder.objectRef<AssetsFigures>('AssetsKpis').implement({
  description: 'The assets domain’s figures for a year, computed from the rows by SQL aggregates (A1–A14 of the 2024 report)',
  fields: (t) => ({
    propertiesUnderManagement: t.int({
      description: 'Properties under centralised management: on the register at the year’s end (A1)',
      resolve: async (figures) => (await figures.properties()).propertiesUnderManagement,
    }),
    propertiesSurveyedAndArchived: t.int({
      description: 'Of them, those with a site survey by the year’s end and an archive (一房一档; A1: every one of the 277 in 2024, none before the 2024 surveys)',
      resolve: async (figures) => (await figures.properties()).propertiesSurveyedAndArchived,
    }),
    surveys: t.field({ type: SurveyFiguresRef, resolve: (figures) => figures }),
    inspections: t.field({ type: InspectionFiguresRef, resolve: (figures) => figures }),
    virtualWarehouse: t.field({ type: VirtualWarehouseFiguresRef, resolve: (figures) => figures }),
    physicalWarehouse: t.field({ type: PhysicalWarehouseFiguresRef, resolve: (figures) => figures }),
    warehouseSavings: t.field({
      type: 'Decimal',
      description: 'Virtual savings of the year plus physical savings to its end (A8 = A5 + A7), yuan',
      resolve: async (figures) => {
        const { virtualSavings, physicalSavings } = await figures.warehouse();
        return fixed(virtualSavings.add(physicalSavings));
      },
    }),
    idlePropertiesWithPlan: t.int({
      description: 'Idle properties surveyed in the year with a 一房一策 plan (A9)',
      resolve: async (figures) => (await figures.properties()).idlePropertiesWithPlan,
    }),
    disposals: t.field({ type: DisposalFiguresRef, resolve: (figures) => figures }),
    vehiclePurchases: t.field({ type: VehiclePurchaseFiguresRef, resolve: (figures) => figures }),
    newEnergyPurchaseShare: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'Per cent of the vehicles approved for purchase in the year that are new energy, 2 decimals (A11); null when none were',
      resolve: async (figures) => {
        const { approvedVehicles, newEnergyVehicles } = await figures.vehicles();
        return approvedVehicles === 0 ? null : ((newEnergyVehicles * 100) / approvedVehicles).toFixed(2);
      },
    }),
    rentedAreaGivenUp: t.field({
      type: 'Decimal',
      description: 'm² of rented-in space given up in the year (A12)',
      resolve: async (figures) => fixed((await figures.properties()).rentedAreaGivenUp),
    }),
    rentSaved: t.field({
      type: 'Decimal',
      description: 'Yearly rent of the space given up in the year, yuan (A12)',
      resolve: async (figures) => fixed((await figures.properties()).rentSaved),
    }),
    newRentedArea: t.field({
      type: 'Decimal',
      description: 'm² of space newly rented in during the year (A12)',
      resolve: async (figures) => fixed((await figures.properties()).newRentedArea),
    }),
    handovers: t.field({ type: HandoverFiguresRef, resolve: (figures) => figures }),
    fuelTopUpChange: t.field({ type: FuelTopUpChangeRef, resolve: (figures) => figures }),
  }),
});

/** A reporting year; the directory owns it, every domain adds its figures. */
builder.externalRef('Period', builder.selection<{ year: number }>('year')).implement({
  fields: (t) => ({
    year: t.exposeInt('year'),
    // Nullable: the cockpit reads every domain's figures of a year in one query; one domain down leaves the others'.
    assets: t.field({
      type: AssetsKpisRef,
      nullable: true,
      authScopes: assetsAccess.readFigures,
      description: 'The assets figures of the year (staff, admins and leaders)',
      resolve: ({ year }) => assetsFigures(year),
    }),
  }),
});
