import type { RemotePageRoute } from '@jiguan/kit';

/** The visitors pages (filled in by the pages of this area). */
export const visitorRoutes: readonly RemotePageRoute[] = [];
