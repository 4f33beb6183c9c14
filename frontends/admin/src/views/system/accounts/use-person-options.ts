import { GraphQLRequestError, requestGraphQL } from '@jiguan/kit';
import { ref, shallowRef } from 'vue';
import { type PersonOption, personOptionsQuery } from './person-options-query';

/** Server-side person search for the account form's remote select. */
export function usePersonOptions() {
  const options = shallowRef<PersonOption[]>([]);
  const loading = ref(false);
  let latest = 0;

  async function search(text: string): Promise<void> {
    const request = ++latest;
    loading.value = true;
    try {
      const { people } = await requestGraphQL(personOptionsQuery, { search: text.trim() || undefined });
      if (request === latest) options.value = people.edges.map((edge) => edge.node);
    } catch (error) {
      // A failed search leaves the list as it was; the next keystroke tries again.
      if (!(error instanceof GraphQLRequestError)) throw error;
    } finally {
      if (request === latest) loading.value = false;
    }
  }

  return { options, loading, search };
}
