import { ref, shallowRef, watch } from 'vue';
import { GraphQLRequestError } from '../graphql/graphql-request-error';

/**
 * A domain's figures of the chosen year (an overview page), loaded again whenever the year changes;
 * only the newest year's answer is kept, and a refusal is kept to show.
 */
export function useYearFigures<TFigures>(fetchYear: (year: number) => Promise<TFigures | null>, firstYear: number) {
  const year = ref<number>(firstYear);
  const figures = shallowRef<TFigures | null>(null);
  const loading = ref(false);
  const error = shallowRef<GraphQLRequestError | null>(null);
  let latest = 0;

  async function load(): Promise<void> {
    const request = ++latest;
    loading.value = true;
    try {
      const answer = await fetchYear(year.value);
      if (request !== latest) return;
      figures.value = answer;
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
