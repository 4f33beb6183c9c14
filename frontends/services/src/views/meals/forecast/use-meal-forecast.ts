import { GraphQLRequestError, requestGraphQL } from '@jiguan/kit';
import { computed, ref, shallowRef, watch } from 'vue';
import type { MealForecastsQuery } from '../../../generated/graphql';
import { mealCanteensQuery } from '../menu/menu-query';
import { addDays, daysBetween, shanghaiToday } from '../shanghai-days';
import { mealForecastsQuery } from './meal-forecasts-query';

/** The longest span the server answers (mealForecasts: 62 days). */
export const FORECAST_MAX_DAYS = 62;

export type ForecastRow = MealForecastsQuery['mealForecasts'][number] & {
  /** Counted minus ordered: who came without ordering (negative: ordered and did not come); null before the count. */
  difference: number | null;
};

/** The rows as the table shows them, with the difference of each counted sitting. */
export function forecastRows(rows: MealForecastsQuery['mealForecasts']): ForecastRow[] {
  return rows.map((row) => ({ ...row, difference: row.counted === null ? null : row.counted - row.ordered }));
}

/** Why a span cannot be asked for (the server's refusal on `to`, said before sending), or null. */
export function rangeProblem(range: readonly [string, string] | null): 'required' | 'tooLong' | null {
  if (!range?.[0] || !range[1]) return 'required';
  return daysBetween(range[0], range[1]) > FORECAST_MAX_DAYS ? 'tooLong' : null;
}

/** The forecast-vs-counted table: a canteen and a span of days (this week and the next by default). */
export function useMealForecast() {
  const canteens = shallowRef<{ id: string; name: string }[]>([]);
  const canteenId = ref<string | undefined>(undefined);
  const range = ref<[string, string]>([addDays(shanghaiToday(), -7), addDays(shanghaiToday(), 7)]);
  const rows = shallowRef<ForecastRow[]>([]);
  const loading = ref(false);
  const error = shallowRef<GraphQLRequestError | null>(null);
  const problem = computed(() => rangeProblem(range.value));
  let latest = 0;

  async function load(): Promise<void> {
    if (!canteenId.value || problem.value) return;
    const request = ++latest;
    loading.value = true;
    try {
      const answer = await requestGraphQL(mealForecastsQuery, { canteenId: canteenId.value, from: range.value[0], to: range.value[1] });
      if (request !== latest) return;
      rows.value = forecastRows(answer.mealForecasts);
      error.value = null;
    } catch (cause) {
      if (request !== latest) return;
      if (!(cause instanceof GraphQLRequestError)) throw cause;
      error.value = cause;
    } finally {
      if (request === latest) loading.value = false;
    }
  }

  async function loadCanteens(): Promise<void> {
    try {
      canteens.value = (await requestGraphQL(mealCanteensQuery)).canteens.edges.map(({ node }) => node);
      canteenId.value ??= canteens.value[0]?.id;
    } catch (cause) {
      if (!(cause instanceof GraphQLRequestError)) throw cause;
      error.value = cause;
    }
  }

  watch([canteenId, range], () => void load());
  void loadCanteens();
  return { canteens, canteenId, range, rows, problem, loading, error, reload: load };
}
