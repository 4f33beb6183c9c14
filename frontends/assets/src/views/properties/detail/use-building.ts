import { GraphQLRequestError, requestGraphQL } from '@jiguan/kit';
import { computed, ref, shallowRef, watch, type Ref } from 'vue';
import type { AssetsBuildingQuery } from '../../../generated/graphql';
import { buildingQuery, detailLimits } from './building-query';

/**
 * One property with its floors and rooms, surveys, archive and the problems inspections found
 * there. `missing` is true when the server has no such property for this viewer (a unit user
 * asking for another unit's).
 */
export function useBuilding(id: Ref<string>) {
  const building = shallowRef<AssetsBuildingQuery['building']>(null);
  const loading = ref(false);
  const loaded = ref(false);
  const error = shallowRef<GraphQLRequestError | null>(null);

  async function load(): Promise<void> {
    loading.value = true;
    try {
      building.value = (await requestGraphQL(buildingQuery, { id: id.value, ...detailLimits })).building;
      error.value = null;
    } catch (cause) {
      if (!(cause instanceof GraphQLRequestError)) throw cause;
      error.value = cause;
    } finally {
      loading.value = false;
      loaded.value = true;
    }
  }

  watch(id, () => void load(), { immediate: true });

  // In the server's order: from the lowest level up.
  const floors = computed(() => building.value?.floors.edges.map((edge) => edge.node) ?? []);
  const missing = computed(() => loaded.value && !error.value && building.value === null);

  return { building, floors, loading, error, missing, reload: load };
}
