import { reactive, readonly } from 'vue';
import type { RegistryEntry } from './registry-entry';

interface ModuleRegistryState {
  /** The remotes the logged-in user may open. */
  modules: RegistryEntry[];
  /** Whose roles `modules` was filtered by; null until loaded for the current account. */
  loadedFor: string | null;
  /** The registry could not be read: the shell still works, without modules. */
  failed: boolean;
}

const state = reactive<ModuleRegistryState>({ modules: [], loadedFor: null, failed: false });

export const moduleRegistry = readonly(state);

export function setModules(accountId: string, modules: RegistryEntry[], failed: boolean): void {
  state.modules = modules;
  state.loadedFor = accountId;
  state.failed = failed;
}

export function clearModules(): void {
  state.modules = [];
  state.loadedFor = null;
  state.failed = false;
}
