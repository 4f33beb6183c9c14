import { describe, expect, it } from 'vitest';
import { as, dataOf, expectError } from './client.ts';

/**
 * The published 2024 services figures (../shared/seed/figures-2024.md S1: ≥ 3,300 visitor
 * registrations, ≥ 2,150 meeting bookings, 91 feedback handled in the platform's first year) come out of the graph,
 * computed from the seeded rows, and S2–S6 (canteens, waste coefficient, kitchen waste, purchases,
 * trainings, the driving record). The other tests write rows dated after 2024.
 */
const SERVICES = `{ period(year: 2024) { services { meetingBookings meetingBookingsHeld visitorRegistrations visitorsReceived workOrders workOrdersWithinSla averageRating feedbackHandled workflowInstances
  canteens wasteSampledDays wasteDaysBelowLine wasteShareBelowLine kitchenWasteByMonth kitchenWasteFallsMonthOnMonth
  diners dinersPreviousYear ingredientPurchases ingredientPurchasesPreviousYear ingredientPurchasesSaved cateringTrainings
  vehicleComplaints vehicleTrafficViolations vehicleAccidents } } }`;

describe('the 2024 services figures', () => {
  it('equal the published ones', async () => {
    const { services } = dataOf(await as('leader', SERVICES)).period;
    console.log(`period(year: 2024).services → ${JSON.stringify(services)}`);
    expect(services.meetingBookings).toBeGreaterThanOrEqual(2_150); // S1
    expect(services.visitorRegistrations).toBeGreaterThanOrEqual(3_300); // S1
    // The seed's own counts, so a change to it shows here.
    expect(services.feedbackHandled).toBe(91); // S1
    expect(services.canteens).toBe(5); // S2
    expect(services.wasteShareBelowLine).toBeGreaterThanOrEqual(0.9); // S2: generally < 0.2
    expect(services.wasteSampledDays).toBeGreaterThan(1000);
    expect(services.kitchenWasteByMonth).toHaveLength(12); // S3
    expect(services.kitchenWasteFallsMonthOnMonth).toBe(true); // S3
    expect(services.ingredientPurchasesSaved).toBe('312400.00'); // S4
    expect(services.diners).toBe(services.dinersPreviousYear); // S4: the same number of diners
    expect(services.cateringTrainings).toBe(48); // S5
    expect([services.vehicleComplaints, services.vehicleTrafficViolations, services.vehicleAccidents]).toEqual([0, 0, 0]); // S6
    const { period: before } = dataOf(await as('leader', '{ period(year: 2023) { services { vehicleComplaints vehicleTrafficViolations vehicleAccidents } } }'));
    expect(before.services.vehicleComplaints + before.services.vehicleTrafficViolations + before.services.vehicleAccidents).toBeGreaterThan(0); // S6: the zero is computed
    expect(services).toMatchObject({ meetingBookings: 2_186, visitorRegistrations: 3_342, workOrders: 642, workflowInstances: 2_186 + 3_342 + 642 + 91 });
    expect(services.workOrdersWithinSla).toBeLessThan(services.workOrders);
    expect(services.averageRating).toBeGreaterThan(3);
    expect(services.meetingBookingsHeld).toBeLessThan(services.meetingBookings);
    expect(services.visitorsReceived).toBeLessThan(services.visitorRegistrations);
  });

  it('are for readers who see every unit', async () => {
    expect(dataOf(await as('services', SERVICES)).period.services.meetingBookings).toBe(2_186);
    const unit = await as('unit', SERVICES);
    expect(unit.data?.period?.services ?? null).toBeNull();
    expectError(unit, 'FORBIDDEN');
  });
});
