import type { Role } from '@jiguan/kit';

declare module 'vue-router' {
  interface RouteMeta {
    /** Text key of the page's entry in the assets navigation; pages without one are not listed. */
    navKey?: string;
    /** Who may open the page (and sees its navigation entry). */
    roles?: readonly Role[];
    /** The navigation entry to highlight on a page that has none (a detail page). */
    activeNav?: string;
  }
}

export {};
