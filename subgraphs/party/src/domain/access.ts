import type { Role } from '@jiguan/shared-schema/auth/viewer';
import { domainAccess } from '@jiguan/shared-schema/schema/domain-access';

/** Roles that may read this domain (each within their data scope). */
export const PARTY_READERS: Role[] = ['ADMIN', 'LEADER', 'PARTY_STAFF', 'UNIT_USER'];
/** Roles that may change anything in this domain. */
export const PARTY_WRITERS: Role[] = ['ADMIN', 'PARTY_STAFF'];

/** The field scopes of the party domain. */
export const partyAccess = domainAccess({ readers: PARTY_READERS, writers: PARTY_WRITERS });
