import { connection, data, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forecastRows, rangeProblem, useMealForecast } from './use-meal-forecast';

describe('useMealForecast', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('puts the diners counted beside the orders, with the difference once counted', () => {
    expect(forecastRows([{ servedOn: '2024-12-16', sitting: 'LUNCH', ordered: 410, counted: 452 }, { servedOn: '2026-12-10', sitting: 'LUNCH', ordered: 3, counted: null }])).toEqual([
      { servedOn: '2024-12-16', sitting: 'LUNCH', ordered: 410, counted: 452, difference: 42 },
      { servedOn: '2026-12-10', sitting: 'LUNCH', ordered: 3, counted: null, difference: null },
    ]);
  });

  it('asks for at most 62 days, as the server answers', () => {
    expect(rangeProblem(['2024-12-01', '2025-01-31'])).toBeNull();
    expect(rangeProblem(['2024-12-01', '2025-02-01'])).toBe('tooLong');
    expect(rangeProblem(null)).toBe('required');
  });

  it('loads the first canteen’s span, and again for another span; not one too long', async () => {
    const requests = stubGateway({
      MealCanteens: data({ canteens: connection([{ id: 'canteen-1', name: '区办公中心食堂', seats: 600 }]) }),
      MealForecasts: data({ mealForecasts: [{ servedOn: '2024-12-16', sitting: 'BREAKFAST', ordered: 150, counted: 170 }] }),
    });
    const forecast = useMealForecast();
    await vi.waitFor(() => expect(forecast.rows.value).toHaveLength(1));
    forecast.range.value = ['2024-12-16', '2024-12-31'];
    await vi.waitFor(() => expect(requests).toHaveLength(3));
    expect(requests[2]?.variables).toEqual({ canteenId: 'canteen-1', from: '2024-12-16', to: '2024-12-31' });
    forecast.range.value = ['2024-10-01', '2024-12-31'];
    await Promise.resolve();
    expect(forecast.problem.value).toBe('tooLong');
    expect(requests).toHaveLength(3);
  });
});
