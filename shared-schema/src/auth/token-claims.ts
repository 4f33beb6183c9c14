import { DATA_SCOPES, ROLES, type DataScope, type Role, type Viewer } from './viewer.ts';

/** Issuer and audience of the hub's tokens; overridable so an external OIDC provider can issue them. */
export const DEFAULT_ISSUER = 'urn:jiguan-hub:directory';
export const DEFAULT_AUDIENCE = 'jiguan-hub';

/** The private claims the directory puts in a token beside `sub` (the account id). */
export interface HubClaims {
  name: string;
  roles: Role[];
  scope: DataScope;
  person: string | null;
  org: string | null;
  /** Organisation ids in the data scope; absent for scope ALL. */
  orgs?: string[];
  /** The account's session version at issue (see auth/session-versions.ts). */
  sv: number;
}

export function claimsOf(viewer: Viewer): HubClaims {
  return {
    name: viewer.username,
    roles: [...viewer.roles],
    scope: viewer.dataScope,
    person: viewer.personId,
    org: viewer.organizationId,
    ...(viewer.organizationIds === null ? {} : { orgs: [...viewer.organizationIds] }),
    sv: viewer.sessionVersion,
  };
}

/** Reads a verified payload back into a Viewer; `null` when the claims are not the hub's. */
export function viewerFromClaims(payload: Record<string, unknown>): Viewer | null {
  const { sub, name, roles, scope, person, org, orgs, sv } = payload;
  if (typeof sub !== 'string' || typeof name !== 'string') return null;
  if (!Array.isArray(roles) || !roles.every((r): r is Role => ROLES.includes(r as Role))) return null;
  if (!DATA_SCOPES.includes(scope as DataScope)) return null;
  if (orgs !== undefined && !(Array.isArray(orgs) && orgs.every((o) => typeof o === 'string'))) return null;
  return {
    accountId: sub,
    // A token from before session versions counts as version 0.
    sessionVersion: typeof sv === 'number' && Number.isInteger(sv) ? sv : 0,
    username: name,
    roles,
    dataScope: scope as DataScope,
    personId: typeof person === 'string' ? person : null,
    organizationId: typeof org === 'string' ? org : null,
    organizationIds: scope === 'ALL' ? null : ((orgs as string[] | undefined) ?? []),
  };
}
