import { GraphQLRequestError, requestGraphQL } from '@jiguan/kit';
import { ref, shallowRef } from 'vue';
import { type OrganizationOption, organizationOptionsQuery } from './organization-options-query';

/** Server-side unit search for a remote select; only the newest answer is kept. */
export function useOrganizationOptions() {
  const options = shallowRef<OrganizationOption[]>([]);
  const loading = ref(false);
  let latest = 0;

  async function search(text: string): Promise<void> {
    const request = ++latest;
    loading.value = true;
    try {
      const { organizations } = await requestGraphQL(organizationOptionsQuery, { search: text.trim() || undefined });
      if (request === latest) options.value = organizations.edges.map((edge) => edge.node);
    } catch (error) {
      // A failed search leaves the list as it was; the next keystroke tries again.
      if (!(error instanceof GraphQLRequestError)) throw error;
    } finally {
      if (request === latest) loading.value = false;
    }
  }

  return { options, loading, search };
}
