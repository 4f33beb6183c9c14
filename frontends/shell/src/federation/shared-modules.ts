import * as kit from '@jiguan/kit';
import type { SharedSingleton } from '@jiguan/kit/build/shared-singletons';
import type { createInstance } from '@module-federation/enhanced/runtime';
import * as elementPlus from 'element-plus';
import * as vue from 'vue';
import * as vueI18n from 'vue-i18n';
import * as vueRouter from 'vue-router';

type SharedOptions = NonNullable<Parameters<typeof createInstance>[0]['shared']>;

// Typed by the shared list, so a singleton added to the kit's list must be provided here too.
const modules: Record<SharedSingleton, object> = {
  vue,
  'vue-router': vueRouter,
  'vue-i18n': vueI18n,
  'element-plus': elementPlus,
  '@jiguan/kit': kit,
};

/**
 * The shell's own, already evaluated copies of the singletons, offered to every remote. With the
 * `loaded-first` strategy a remote takes these instead of loading its bundled fallback.
 */
export const sharedModules: SharedOptions = Object.fromEntries(
  Object.entries(modules).map(([name, module]) => [
    name,
    {
      version: __SHARED_VERSIONS__[name as SharedSingleton],
      scope: 'default',
      lib: () => module,
      loaded: true,
      shareConfig: { singleton: true, requiredVersion: false },
    },
  ]),
);
