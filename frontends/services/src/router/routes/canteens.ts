import type { RemotePageRoute } from '@jiguan/kit';

/** The canteens pages (filled in by the pages of this area). */
export const canteenRoutes: readonly RemotePageRoute[] = [];
