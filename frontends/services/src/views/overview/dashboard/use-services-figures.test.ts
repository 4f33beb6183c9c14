import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ServicesFigures } from './period-services-query';
import { figureCards, useServicesFigures } from './use-services-figures';

const figures2024: ServicesFigures = {
  meetingBookings: 1286,
  meetingBookingsHeld: 1190,
  visitorRegistrations: 5230,
  visitorsReceived: 5012,
  workOrders: 860,
  workOrdersWithinSla: 812,
  averageRating: 4.62,
  feedbackHandled: 96,
  canteens: 5,
  wasteSampledDays: 1310,
  wasteDaysBelowLine: 1245,
  wasteShareBelowLine: 0.9504,
  kitchenWasteByMonth: ['52000.0', '50100.5', '48000.4'],
  kitchenWasteFallsMonthOnMonth: true,
  diners: 301234,
  dinersPreviousYear: 301234,
  ingredientPurchases: '9876500.00',
  ingredientPurchasesPreviousYear: '10188900.00',
  ingredientPurchasesSaved: '312400.00',
  cateringTrainings: 48,
  vehicleComplaints: 0,
  vehicleTrafficViolations: 0,
  vehicleAccidents: 0,
};

const t = (key: string) => key;

describe('useServicesFigures', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('opens on 2024 and loads the year again when another is picked', async () => {
    const requests = stubGateway({ PeriodServices: (variables) => data({ period: { year: variables.year, services: figures2024 } }) });
    const overview = useServicesFigures();
    await vi.waitFor(() => expect(overview.figures.value).toEqual(figures2024));
    overview.year.value = 2023;
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    expect(requests.map((request) => request.variables)).toEqual([{ year: 2024 }, { year: 2023 }]);
  });

  it('keeps a refusal to show', async () => {
    stubGateway({ PeriodServices: refusal('FORBIDDEN', '无权查看', { reason: 'ROLE_REQUIRED' }) });
    const overview = useServicesFigures();
    await vi.waitFor(() => expect(overview.error.value?.code).toBe('FORBIDDEN'));
    expect(overview.figures.value).toBeNull();
  });
});

describe('figureCards', () => {
  it('shows every figure of ServicesKpis once, with the report’s id where the schema names one', () => {
    const cards = figureCards(figures2024, t);
    expect(cards.map((card) => card.key).sort()).toEqual(Object.keys(figures2024).sort());
    expect(Object.fromEntries(cards.map((card) => [card.key, card.id]))).toMatchObject({ meetingBookings: 'S1', canteens: 'S2', kitchenWasteByMonth: 'S3', diners: 'S4', cateringTrainings: 'S5', vehicleAccidents: 'S6' });
    expect(cards.find((card) => card.key === 'workOrders')?.id).toBeUndefined();
  });

  it('formats counts, shares, tonnes and 万元 from the exact values', () => {
    const value = (key: string) => figureCards(figures2024, t).find((card) => card.key === key);
    expect(value('diners')?.value).toBe('301,234');
    expect(value('wasteShareBelowLine')?.value).toBe('95.04');
    expect(value('averageRating')?.value).toBe('4.62');
    // 150,100.9 kg
    expect(value('kitchenWasteByMonth')).toMatchObject({ value: '150.10', hint: { months: 3, first: '52,000.0', last: '48,000.4' } });
    expect(value('kitchenWasteFallsMonthOnMonth')?.value).toBe('services.overview.yes');
    expect(value('ingredientPurchasesSaved')).toMatchObject({ value: '31.24', hint: { yuan: '312,400.00' } });
    expect(figureCards({ ...figures2024, averageRating: null, wasteShareBelowLine: null }, t).filter((card) => card.value === '—')).toHaveLength(2);
  });
});
