import { useSession } from '@jiguan/kit';
import { watch } from 'vue';
import type { Router } from 'vue-router';
import { federation } from '../../federation/federation';
import { fetchRegistry } from '../../registry/fetch-registry';
import { clearModules, moduleRegistry, setModules } from '../../registry/module-registry';
import type { RegistryEntry } from '../../registry/registry-entry';
import { moduleRoute } from '../module-route';
import { layoutRouteName, notFoundRouteName } from '../routes/core';

/**
 * Gives the logged-in user the modules their roles allow: reads the registry once per account,
 * registers those remotes with the federation runtime (nothing is fetched from them yet) and adds
 * their routes. Logging out, or in as someone else, takes the routes away again.
 */
export function installModuleRoutes(router: Router): void {
  const { account } = useSession();

  router.beforeEach(async (to) => {
    const current = account.value;
    if (to.meta.public || !current || moduleRegistry.loadedFor === current.id) return true;
    const modules = await allowedModules(current.roles);
    federation.registerRemotes((modules ?? []).map((entry) => ({ name: entry.name, entry: entry.manifestUrl })));
    for (const entry of modules ?? []) router.addRoute(layoutRouteName, moduleRoute(entry));
    setModules(current.id, modules ?? [], modules === null);
    // A deep link into a module (/admin/units) matched the catch-all; it matches its module now.
    return to.name === notFoundRouteName ? to.fullPath : true;
  });

  watch(
    () => account.value?.id,
    (accountId) => {
      if (moduleRegistry.loadedFor === null || moduleRegistry.loadedFor === accountId) return;
      for (const entry of moduleRegistry.modules) router.removeRoute(entry.name);
      clearModules();
    },
  );
}

/** The registry's entries the roles may open; null when the registry could not be read. */
async function allowedModules(roles: readonly string[]): Promise<RegistryEntry[] | null> {
  try {
    const entries = await fetchRegistry();
    return entries.filter((entry) => entry.roles.some((role) => roles.includes(role)));
  } catch (error) {
    console.error('The module registry could not be loaded', error);
    return null;
  }
}
