import type { RemotePageRoute } from '@jiguan/kit';

/** The safety pages (filled in by the pages of this area). */
export const safetyRoutes: readonly RemotePageRoute[] = [];
