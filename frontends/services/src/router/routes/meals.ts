import type { RemotePageRoute } from '@jiguan/kit';

/** The meals pages (filled in by the pages of this area). */
export const mealRoutes: readonly RemotePageRoute[] = [];
