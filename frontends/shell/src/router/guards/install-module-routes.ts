import { useSession } from '@jiguan/kit';
import { watch } from 'vue';
import type { Router } from 'vue-router';
import { federation } from '../../federation/federation';
import { fetchRegistry } from '../../registry/fetch-registry';
import { clearModules, moduleRegistry, setModules } from '../../registry/module-registry';
import type { RegistryEntry } from '../../registry/registry-entry';
import { closedModuleRoute, moduleRoute } from '../module-route';
import { layoutRouteName, notFoundRouteName } from '../routes/core';

/**
 * Gives the logged-in user the modules their roles allow: reads the registry once per account,
 * registers those remotes with the federation runtime (nothing is fetched from them yet) and adds
 * their routes; the areas of the other modules say 无权访问. Logging out, or in as someone else,
 * takes the routes away again.
 */
export function installModuleRoutes(router: Router): void {
  const { account } = useSession();
  /** The routes added for the current account: its modules' areas and the closed ones. */
  let added: string[] = [];

  router.beforeEach(async (to) => {
    const current = account.value;
    if (to.meta.public || !current || moduleRegistry.loadedFor === current.id) return true;
    const registry = await readRegistry();
    const modules = registry?.filter((entry) => opensFor(entry, current.roles)) ?? null;
    federation.registerRemotes((modules ?? []).map((entry) => ({ name: entry.name, entry: entry.manifestUrl })));
    for (const entry of registry ?? []) router.addRoute(layoutRouteName, opensFor(entry, current.roles) ? moduleRoute(entry) : closedModuleRoute(entry));
    added = (registry ?? []).map((entry) => entry.name);
    setModules(current.id, modules ?? [], modules === null);
    // A deep link into a module (/admin/units) matched the catch-all; it matches its module now.
    return to.name === notFoundRouteName ? to.fullPath : true;
  });

  watch(
    () => account.value?.id,
    (accountId) => {
      if (moduleRegistry.loadedFor === null || moduleRegistry.loadedFor === accountId) return;
      for (const name of added) router.removeRoute(name);
      added = [];
      clearModules();
    },
  );
}

/** Whether an account with these roles may open the module. */
const opensFor = (entry: RegistryEntry, roles: readonly string[]) => entry.roles.some((role) => roles.includes(role));

/** The registry's entries; null when it could not be read. */
async function readRegistry(): Promise<RegistryEntry[] | null> {
  try {
    return await fetchRegistry();
  } catch (error) {
    console.error('The module registry could not be loaded', error);
    return null;
  }
}
