import { graphql } from '../../../generated/gql';
import type { PeriodServicesQuery } from '../../../generated/graphql';

/** The services figures of a year (S1–S6 of the work report), computed by the services subgraph from its rows. */
export const periodServicesQuery = graphql(`
  query PeriodServices($year: Int!) {
    period(year: $year) {
      year
      services {
        meetingBookings meetingBookingsHeld visitorRegistrations visitorsReceived
        workOrders workOrdersWithinSla averageRating feedbackHandled
        canteens wasteSampledDays wasteDaysBelowLine wasteShareBelowLine kitchenWasteByMonth kitchenWasteFallsMonthOnMonth
        diners dinersPreviousYear ingredientPurchases ingredientPurchasesPreviousYear ingredientPurchasesSaved
        cateringTrainings vehicleComplaints vehicleTrafficViolations vehicleAccidents
      }
    }
  }
`);

export type ServicesFigures = NonNullable<PeriodServicesQuery['period']['services']>;
