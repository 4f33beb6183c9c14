import type { AppLocale, Role } from '@jiguan/kit';

/** One remote as the gateway's /registry.json lists it. */
export interface RegistryEntry {
  /** Federation name of the remote; it exposes `./App`. */
  name: string;
  title: Record<AppLocale, string>;
  /** Its icon in the menu and on the home page: an Element Plus icon's name (see module-icons.ts). */
  icon?: string;
  /** Path under which the remote renders its pages, e.g. `/admin`. */
  routePrefix: string;
  manifestUrl: string;
  /** Roles that may open the remote; a user needs at least one. */
  roles: readonly Role[];
}
