import { builder } from '../builder.ts';
import { servicesAccess } from '../domain/access.ts';
import { canteenFigures, servicesFigures, type CanteenFigures, type ServicesFigures } from '../figures/services-figures.ts';
import { WASTE_COEFFICIENT_LINE } from '../domain/canteen.ts';

type Kpis = ServicesFigures & CanteenFigures;

const ServicesKpisRef = builder.objectRef<Kpis>('ServicesKpis').implement({
  description: 'The services figures of a year, computed from the rows (figures-2024.md S1–S6)',
  fields: (t) => ({
    meetingBookings: t.exposeInt('meetingBookings', { description: 'S1: meeting-room bookings (会议室预定) of the year, whatever became of them' }),
    meetingBookingsHeld: t.exposeInt('meetingBookingsHeld', { description: 'S1: of those, meetings held (checked in)' }),
    visitorRegistrations: t.exposeInt('visitorRegistrations', { description: 'S1: visitor registrations (访客登记) of the year' }),
    visitorsReceived: t.exposeInt('visitorsReceived', { description: 'S1: of those, visitors who came (checked in)' }),
    workOrders: t.exposeInt('workOrders', { description: 'Repair work orders (报修工单) filed in the year' }),
    workOrdersWithinSla: t.exposeInt('workOrdersWithinSla', { description: 'Of those, done by their SLA due time' }),
    averageRating: t.exposeFloat('averageRating', { nullable: true, description: 'Their average rating (1–5 stars), 2 decimals' }),
    feedbackHandled: t.exposeInt('feedbackHandled', { description: 'S1: user feedback (意见反馈) of the year handled (replied)' }),
    canteens: t.exposeInt('canteens', { description: 'S2: canteens (机关食堂)' }),
    wasteSampledDays: t.exposeInt('wasteSampledDays', { description: 'S2: sampled canteen-days of the year' }),
    wasteDaysBelowLine: t.exposeInt('wasteDaysBelowLine', { description: `S2: of those, days whose waste coefficient (浪费系数: sampled leftovers ÷ sampled servings) was below ${WASTE_COEFFICIENT_LINE}` }),
    wasteShareBelowLine: t.float({
      nullable: true,
      description: 'S2: the share of sampled days below the line, 4 decimals (published: ≥ 0.9)',
      resolve: (k) => (k.wasteSampledDays ? Math.round((k.wasteDaysBelowLine / k.wasteSampledDays) * 10_000) / 10_000 : null),
    }),
    kitchenWasteByMonth: t.field({ type: ['Decimal'], description: 'S3: kitchen waste (餐厨垃圾) of each month of the year with weighings, kilograms, January first', resolve: (k) => k.kitchenWasteByMonth }),
    kitchenWasteFallsMonthOnMonth: t.boolean({
      description: 'S3: every month’s kitchen waste below the month before’s',
      resolve: (k) => k.kitchenWasteByMonth.length > 1 && k.kitchenWasteByMonth.every((kg, i) => i === 0 || Number(kg) < Number(k.kitchenWasteByMonth[i - 1])),
    }),
    diners: t.exposeInt('diners', { description: 'S4: diners counted in the year' }),
    dinersPreviousYear: t.exposeInt('dinersPreviousYear', { description: 'S4: diners counted in the year before' }),
    ingredientPurchases: t.field({ type: 'Decimal', description: 'S4: ingredient purchases (食材采购) of the 5 canteens in the year, yuan', resolve: (k) => k.ingredientPurchases }),
    ingredientPurchasesPreviousYear: t.field({ type: 'Decimal', description: 'S4: the same, the year before', resolve: (k) => k.ingredientPurchasesPreviousYear }),
    ingredientPurchasesSaved: t.field({ type: 'Decimal', description: 'S4: how much less than the year before (published 2024: 312,400)', resolve: (k) => k.ingredientPurchasesSaved }),
    cateringTrainings: t.exposeInt('cateringTrainings', { description: 'S5: trainings held by the catering provider in the year' }),
    vehicleComplaints: t.exposeInt('complaints', { description: 'S6: complaints in the official vehicles’ driving record' }),
    vehicleTrafficViolations: t.exposeInt('trafficViolations', { description: 'S6: traffic violations' }),
    vehicleAccidents: t.exposeInt('accidents', { description: 'S6: accidents' }),
    workflowInstances: t.exposeInt('workflowInstances', { description: 'S1: this domain’s online workflow instances of the year (bookings, visitor registrations, work orders, feedback)' }),
  }),
});

/** A reporting year; the directory owns it, every domain adds its figures. */
builder.externalRef('Period', builder.selection<{ year: number }>('year')).implement({
  fields: (t) => ({
    year: t.exposeInt('year'),
    // Nullable: the cockpit reads every domain's figures of a year in one query; one domain down leaves the others'.
    services: t.field({
      type: ServicesKpisRef,
      nullable: true,
      authScopes: servicesAccess.readFigures,
      description: 'The services figures of the year (services staff, admins and leaders)',
      resolve: async ({ year }) => ({ ...(await servicesFigures(year)), ...(await canteenFigures(year)) }),
    }),
  }),
});
