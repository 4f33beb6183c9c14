import { formatDecimal, formatTenThousands, requestGraphQL, useYearFigures } from '@jiguan/kit';
import { kilogramsAsTonnes, sumDecimals } from '../../canteens/decimal-arithmetic';
import { periodServicesQuery, type ServicesFigures } from './period-services-query';

/** The report year the demo dataset reproduces; the page opens on it. */
export const defaultYear = 2024;
/** The years the page offers. */
export const figureYears = [2025, 2024, 2023, 2022] as const;

/** One card of the overview: its text key (label and unit), the figure's id in the work report, its value as shown. */
export interface FigureCardSpec {
  key: string;
  /** S1–S6, as the field's description names it; none for the figures the report does not number. */
  id?: string;
  value: string;
  /** Params of the card's own hint (`services.overview.hint.<key>`), when it says more than its id. */
  hint?: Record<string, string | number>;
}

const count = (value: number) => formatDecimal(String(value));
/** Figures the server gives as floats (a share, an average): shown with their decimals, or — when there is nothing to average. */
const fixed = (value: number | null, places: number, scale = 1) => (value === null ? '—' : (value * scale).toFixed(places));

/** Every figure of ServicesKpis as a card, in the schema's order (S1 … S6); `t` says yes or no. */
export function figureCards(figures: ServicesFigures, t: (key: string) => string): FigureCardSpec[] {
  const months = figures.kitchenWasteByMonth;
  return [
    { key: 'meetingBookings', id: 'S1', value: count(figures.meetingBookings) },
    { key: 'meetingBookingsHeld', id: 'S1', value: count(figures.meetingBookingsHeld) },
    { key: 'visitorRegistrations', id: 'S1', value: count(figures.visitorRegistrations) },
    { key: 'visitorsReceived', id: 'S1', value: count(figures.visitorsReceived) },
    { key: 'workOrders', value: count(figures.workOrders) },
    { key: 'workOrdersWithinSla', value: count(figures.workOrdersWithinSla) },
    { key: 'averageRating', value: fixed(figures.averageRating, 2) },
    { key: 'feedbackHandled', id: 'S1', value: count(figures.feedbackHandled) },
    { key: 'canteens', id: 'S2', value: count(figures.canteens) },
    { key: 'wasteSampledDays', id: 'S2', value: count(figures.wasteSampledDays) },
    { key: 'wasteDaysBelowLine', id: 'S2', value: count(figures.wasteDaysBelowLine) },
    { key: 'wasteShareBelowLine', id: 'S2', value: fixed(figures.wasteShareBelowLine, 2, 100) },
    {
      key: 'kitchenWasteByMonth',
      id: 'S3',
      value: formatDecimal(kilogramsAsTonnes(sumDecimals(months, 1))),
      hint: { months: months.length, first: formatDecimal(months[0] ?? '0'), last: formatDecimal(months.at(-1) ?? '0') },
    },
    { key: 'kitchenWasteFallsMonthOnMonth', id: 'S3', value: t(figures.kitchenWasteFallsMonthOnMonth ? 'services.overview.yes' : 'services.overview.no') },
    { key: 'diners', id: 'S4', value: count(figures.diners) },
    { key: 'dinersPreviousYear', id: 'S4', value: count(figures.dinersPreviousYear) },
    { key: 'ingredientPurchases', id: 'S4', value: formatTenThousands(figures.ingredientPurchases), hint: { yuan: formatDecimal(figures.ingredientPurchases) } },
    {
      key: 'ingredientPurchasesPreviousYear',
      id: 'S4',
      value: formatTenThousands(figures.ingredientPurchasesPreviousYear),
      hint: { yuan: formatDecimal(figures.ingredientPurchasesPreviousYear) },
    },
    { key: 'ingredientPurchasesSaved', id: 'S4', value: formatTenThousands(figures.ingredientPurchasesSaved), hint: { yuan: formatDecimal(figures.ingredientPurchasesSaved) } },
    { key: 'cateringTrainings', id: 'S5', value: count(figures.cateringTrainings) },
    { key: 'vehicleComplaints', id: 'S6', value: count(figures.vehicleComplaints) },
    { key: 'vehicleTrafficViolations', id: 'S6', value: count(figures.vehicleTrafficViolations) },
    { key: 'vehicleAccidents', id: 'S6', value: count(figures.vehicleAccidents) },
  ];
}

/** The figures of the chosen year (null when the viewer may not read them), loaded again whenever the year changes. */
export function useServicesFigures() {
  return useYearFigures<ServicesFigures>(async (year) => (await requestGraphQL(periodServicesQuery, { year })).period.services, defaultYear);
}
