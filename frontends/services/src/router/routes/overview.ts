import type { RemotePageRoute } from '@jiguan/kit';

/** The overview pages (filled in by the pages of this area). */
export const overviewRoutes: readonly RemotePageRoute[] = [];
