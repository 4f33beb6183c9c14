import { GraphQLRequestError, requestGraphQL } from '@jiguan/kit';
import { reactive, ref, shallowRef, watch } from 'vue';
import type { CanteenRecordFilter } from '../../../generated/graphql';
import { addMonths, monthsAsDays, monthsBetween } from '../canteen-calendar';
import { fetchAllPages } from '../fetch-all-pages';
import { comparePurchases, daysBelowLine, dinersByDay, kitchenWasteByMonth, type PurchaseComparison, type SampledDay, wasteCoefficientByDay } from './canteen-series';
import { canteenDinersSeriesQuery, canteenKitchenWasteSeriesQuery, canteenPurchasesSeriesQuery, canteenWasteSeriesQuery } from './canteen-series-query';

/** The dashboard's choice: one canteen and a range of months (`YYYY-MM`, both included), as the month range picker writes it. */
export interface DashboardFilters {
  canteenId: string | undefined;
  months: [string, string];
}

/** The report year's months: the page opens on 2024 (its purchases beside 2023's). */
export const defaultMonths: [string, string] = ['2024-01', '2024-12'];
/** The longest range a chart reads row by row: a year of one canteen (about 1,100 meal counts, 6 pages). */
export const MAX_MONTHS = 12;

/** The range kept to `MAX_MONTHS`, ending where it ended. */
export function boundedMonths([first, last]: [string, string]): [string, string] {
  const earliest = addMonths(last, 1 - MAX_MONTHS);
  return [first < earliest ? earliest : first, last];
}

/** The filters → the variables of the charts' queries: the range, and the same months a year before (for the purchases). */
export function dashboardVariables(filters: DashboardFilters): { months: string[]; previousMonths: string[]; current: CanteenRecordFilter; previous: CanteenRecordFilter } {
  const [first, last] = boundedMonths(filters.months);
  const previous: [string, string] = [addMonths(first, -12), addMonths(last, -12)];
  return {
    months: monthsBetween(first, last),
    previousMonths: monthsBetween(...previous),
    current: { canteenId: filters.canteenId, ...monthsAsDays(first, last) },
    previous: { canteenId: filters.canteenId, ...monthsAsDays(...previous) },
  };
}

/** What the charts draw, computed from the rows of the range. */
export interface DashboardSeries {
  months: string[];
  previousMonths: string[];
  diners: ReturnType<typeof dinersByDay>;
  wasteDays: SampledDay[];
  belowLine: ReturnType<typeof daysBelowLine>;
  kitchenWaste: string[];
  purchases: PurchaseComparison;
  /** Some rows were left out (more pages than a year of one canteen has). */
  truncated: boolean;
  /** The canteen recorded nothing in the range (nor purchases a year before). */
  empty: boolean;
}

/** Every row of one chart's filter, page after page. */
const allRows = {
  diners: (filter: CanteenRecordFilter) => fetchAllPages(async (page) => (await requestGraphQL(canteenDinersSeriesQuery, { filter, ...page })).mealCounts),
  waste: (filter: CanteenRecordFilter) => fetchAllPages(async (page) => (await requestGraphQL(canteenWasteSeriesQuery, { filter, ...page })).wasteSamples),
  kitchenWaste: (filter: CanteenRecordFilter) => fetchAllPages(async (page) => (await requestGraphQL(canteenKitchenWasteSeriesQuery, { filter, ...page })).kitchenWasteWeighings),
  purchases: (filter: CanteenRecordFilter) => fetchAllPages(async (page) => (await requestGraphQL(canteenPurchasesSeriesQuery, { filter, ...page })).ingredientPurchases),
};

/**
 * The canteen dashboard: the chosen canteen's diners by day, waste coefficient by day, kitchen
 * waste and purchases by month, loaded again whenever the choice changes (the newest answer kept,
 * a refusal kept to show). `firstCanteen` picks the canteen the page opens on.
 */
export function useCanteenDashboard(firstCanteen: Promise<string | undefined>) {
  const filters = reactive<DashboardFilters>({ canteenId: undefined, months: [...defaultMonths] });
  const series = shallowRef<DashboardSeries | null>(null);
  const loading = ref(false);
  const error = shallowRef<GraphQLRequestError | null>(null);
  let latest = 0;

  async function load(): Promise<void> {
    if (!filters.canteenId) return;
    const request = ++latest;
    const variables = dashboardVariables(filters);
    loading.value = true;
    try {
      const [diners, waste, kitchenWaste, purchases, previousPurchases] = await Promise.all([
        allRows.diners(variables.current),
        allRows.waste(variables.current),
        allRows.kitchenWaste(variables.current),
        allRows.purchases(variables.current),
        allRows.purchases(variables.previous),
      ]);
      if (request !== latest) return;
      const wasteDays = wasteCoefficientByDay(waste.rows);
      series.value = {
        months: variables.months,
        previousMonths: variables.previousMonths,
        diners: dinersByDay(diners.rows),
        wasteDays,
        belowLine: daysBelowLine(wasteDays),
        kitchenWaste: kitchenWasteByMonth(kitchenWaste.rows, variables.months),
        purchases: comparePurchases(purchases.rows, previousPurchases.rows, variables.months, variables.previousMonths),
        truncated: [diners, waste, kitchenWaste, purchases, previousPurchases].some((rows) => rows.truncated),
        empty: [diners, waste, kitchenWaste, purchases, previousPurchases].every((rows) => rows.rows.length === 0),
      };
      error.value = null;
    } catch (cause) {
      if (!(cause instanceof GraphQLRequestError)) throw cause;
      if (request === latest) error.value = cause;
    } finally {
      if (request === latest) loading.value = false;
    }
  }

  watch(
    () => filters.months,
    (months) => {
      // A range longer than a year is cut to its last twelve months, and the picker shows that.
      const bounded = boundedMonths(months);
      if (bounded[0] !== months[0]) filters.months = bounded;
    },
  );
  watch(() => [filters.canteenId, ...boundedMonths(filters.months)], () => void load());
  void firstCanteen.then((id) => {
    filters.canteenId ??= id;
  });
  return { filters, series, loading, error, reload: load };
}
