import { useSession } from '@jiguan/kit';
import { computed } from 'vue';
import { assetsWriters, figureReaders, warehouseRequesters } from './assets-roles';

/** What the logged-in account may do here, for showing buttons and filters. */
export function useAssetsAccess() {
  const { account, hasAnyRole } = useSession();
  const canWrite = computed(() => account.value !== null && hasAnyRole(assetsWriters));
  const canReadFigures = computed(() => account.value !== null && hasAnyRole(figureReaders));
  /** Sees every unit, so filtering by unit makes sense. */
  const seesAllUnits = canReadFigures;
  /** The unit a unit user requests warehouse items for (their own); null for anyone else. */
  const ownUnit = computed(() => (hasAnyRole(warehouseRequesters) ? (account.value?.person?.organization ?? null) : null));
  return { canWrite, canReadFigures, seesAllUnits, ownUnit };
}
