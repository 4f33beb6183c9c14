import { GraphQLRequestError, requestGraphQL } from '@jiguan/kit';
import { ref, shallowRef, watch } from 'vue';
import { type AssetsFigures, periodAssetsQuery } from './period-assets-query';

/** The report year the demo dataset reproduces; the page opens on it. */
export const defaultYear = 2024;
/** The years the page offers. */
export const figureYears = [2025, 2024, 2023, 2022] as const;

/** The figures of the chosen year, loaded again whenever the year changes. */
export function useAssetsFigures() {
  const year = ref<number>(defaultYear);
  const figures = shallowRef<AssetsFigures | null>(null);
  const loading = ref(false);
  const error = shallowRef<GraphQLRequestError | null>(null);
  let latest = 0;

  async function load(): Promise<void> {
    const request = ++latest;
    loading.value = true;
    try {
      const { period } = await requestGraphQL(periodAssetsQuery, { year: year.value });
      if (request !== latest) return;
      figures.value = period.assets;
      error.value = null;
    } catch (cause) {
      if (!(cause instanceof GraphQLRequestError)) throw cause;
      if (request === latest) error.value = cause;
    } finally {
      if (request === latest) loading.value = false;
    }
  }

  watch(year, () => void load(), { immediate: true });
  return { year, figures, loading, error, reload: load };
}
