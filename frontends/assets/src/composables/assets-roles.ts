import type { Role } from '@jiguan/kit';

/*
 * Who may do what in the assets domain, as the assets subgraph decides it (its domain/access.ts).
 * The UI only uses these to show what a role can use; the subgraph enforces them.
 */

/** Read the domain: staff, admins and leaders everything, unit users their own unit's records. */
export const assetsReaders: readonly Role[] = ['ADMIN', 'LEADER', 'ASSETS_STAFF', 'UNIT_USER'];
/** Read the district-wide figures and the internal registers (idle-property plans). */
export const figureReaders: readonly Role[] = ['ADMIN', 'LEADER', 'ASSETS_STAFF'];
/** Change anything: record, approve, reject, move items along their workflows. */
export const assetsWriters: readonly Role[] = ['ADMIN', 'ASSETS_STAFF'];
/** File a warehouse request for their own unit. */
export const warehouseRequesters: readonly Role[] = ['UNIT_USER'];
