import type { RemotePageRoute } from '@jiguan/kit';

/** The rooms pages (filled in by the pages of this area). */
export const roomRoutes: readonly RemotePageRoute[] = [];
