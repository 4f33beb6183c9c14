import { createInstance } from '@module-federation/enhanced/runtime';
import { sharedModules } from './shared-modules';

/**
 * The shell's federation runtime. It starts with no remotes: they are registered from the
 * registry after login and loaded only when their area is opened, so a remote that is down
 * affects nothing but its own area.
 */
export const federation = createInstance({
  name: 'shell',
  remotes: [],
  shared: sharedModules,
  shareStrategy: 'loaded-first',
});
