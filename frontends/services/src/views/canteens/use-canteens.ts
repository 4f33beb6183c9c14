import { GraphQLRequestError, requestGraphQL } from '@jiguan/kit';
import { ref, shallowRef } from 'vue';
import { type CanteenOption, canteensQuery } from './canteens-query';

/** The canteens a page's pickers offer, loaded once when the page opens; `loaded` resolves with them (empty after a refusal, which is kept to show). */
export function useCanteens() {
  const canteens = shallowRef<CanteenOption[]>([]);
  const loading = ref(true);
  const error = shallowRef<GraphQLRequestError | null>(null);
  const loaded = (async () => {
    try {
      canteens.value = (await requestGraphQL(canteensQuery)).canteens.edges.map((edge) => edge.node);
    } catch (cause) {
      if (!(cause instanceof GraphQLRequestError)) throw cause;
      error.value = cause;
    } finally {
      loading.value = false;
    }
    return canteens.value;
  })();
  return { canteens, loading, error, loaded };
}
