import type { Role } from '@jiguan/shared-schema/auth/viewer';
import { domainAccess } from '@jiguan/shared-schema/schema/domain-access';

/** Roles that may read this domain (each within their data scope). */
export const SERVICES_READERS: Role[] = ['ADMIN', 'LEADER', 'SERVICES_STAFF', 'UNIT_USER'];
/** Roles that may change anything in this domain. */
export const SERVICES_WRITERS: Role[] = ['ADMIN', 'SERVICES_STAFF'];

/** The field scopes of the services domain. */
export const servicesAccess = domainAccess({ readers: SERVICES_READERS, writers: SERVICES_WRITERS });
