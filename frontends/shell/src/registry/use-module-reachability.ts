import { type Ref, ref, watch } from 'vue';
import type { RegistryEntry } from './registry-entry';

/** How long the home page waits for a remote's manifest before calling the remote unreachable. */
const probeTimeoutMs = 5_000;

/** Whether a remote's manifest answers: the home page's card says so before anyone opens the area. */
async function answers(entry: RegistryEntry): Promise<boolean> {
  try {
    const response = await fetch(entry.manifestUrl, { signal: AbortSignal.timeout(probeTimeoutMs), cache: 'no-store' });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * The modules whose remote cannot be loaded now (its manifest does not answer), probed once each
 * time the list changes. Opening the area still tries it (and shows its own fallback).
 */
export function useModuleReachability(modules: Ref<readonly RegistryEntry[]>) {
  const unreachable = ref<ReadonlySet<string>>(new Set());
  watch(
    modules,
    async (entries) => {
      const results = await Promise.all(entries.map(async (entry) => [entry.name, await answers(entry)] as const));
      unreachable.value = new Set(results.filter(([, ok]) => !ok).map(([name]) => name));
    },
    { immediate: true },
  );
  return { unreachable };
}
