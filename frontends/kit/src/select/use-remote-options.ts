import { ref, shallowRef } from 'vue';
import { GraphQLRequestError } from '../graphql/graphql-request-error';

/**
 * The options of a remote select (Element Plus `remote` + `remote-method`), searched on the server:
 * only the newest search's answer is kept, and a failed search leaves the list as it was (the next
 * keystroke tries again). `fetchOptions` gets the typed text trimmed, or undefined when empty.
 */
export function useRemoteOptions<Option>(fetchOptions: (search: string | undefined) => Promise<Option[]>) {
  const options = shallowRef<Option[]>([]);
  const loading = ref(false);
  let latest = 0;

  async function search(text: string): Promise<void> {
    const request = ++latest;
    loading.value = true;
    try {
      const found = await fetchOptions(text.trim() || undefined);
      if (request === latest) options.value = found;
    } catch (error) {
      if (!(error instanceof GraphQLRequestError)) throw error;
    } finally {
      if (request === latest) loading.value = false;
    }
  }

  return { options, loading, search };
}
