import type { Role } from '@jiguan/shared-schema/auth/viewer';
import { domainAccess } from '@jiguan/shared-schema/schema/domain-access';

/** Roles that may read this domain (each within their data scope). */
export const FINANCE_READERS: Role[] = ['ADMIN', 'LEADER', 'FINANCE_STAFF', 'UNIT_USER'];
/** Roles that may change anything in this domain. */
export const FINANCE_WRITERS: Role[] = ['ADMIN', 'FINANCE_STAFF'];

/** The field scopes of the finance domain. */
export const financeAccess = domainAccess({ readers: FINANCE_READERS, writers: FINANCE_WRITERS });
