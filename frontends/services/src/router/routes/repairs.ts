import type { RemotePageRoute } from '@jiguan/kit';

/** The repairs pages (filled in by the pages of this area). */
export const repairRoutes: readonly RemotePageRoute[] = [];
