import type { RemotePageRoute } from '@jiguan/kit';

/** The providers pages (filled in by the pages of this area). */
export const providerRoutes: readonly RemotePageRoute[] = [];
