import type { Role } from '../generated/graphql';

declare module 'vue-router' {
  interface RouteMeta {
    /** Text key of the page's entry in its remote's navigation; pages without one are not listed. */
    navKey?: string;
    /** Who may open the page and sees its navigation entry; anyone who may open the remote when absent. */
    roles?: readonly Role[];
    /** The navigation entry to highlight on a page that has none of its own (a detail page). */
    activeNav?: string;
  }
}

export {};
