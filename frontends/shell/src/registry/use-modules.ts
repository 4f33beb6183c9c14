import { useLocale } from '@jiguan/kit';
import { computed } from 'vue';
import { moduleRegistry } from './module-registry';
import type { RegistryEntry } from './registry-entry';

/** The current user's modules for menus and the home page, titled in the current language. */
export function useModules() {
  const { locale } = useLocale();
  const modules = computed(() => moduleRegistry.modules);
  const registryFailed = computed(() => moduleRegistry.failed);

  function titleOf(entry: RegistryEntry): string {
    return entry.title[locale.value] ?? entry.name;
  }

  return { modules, registryFailed, titleOf };
}
