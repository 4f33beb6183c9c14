/** Roles of the hub (DESIGN §5). Department staff read and write their own domain. */
export const ROLES = [
  'ADMIN',
  'LEADER',
  'ASSETS_STAFF',
  'SERVICES_STAFF',
  'FINANCE_STAFF',
  'PARTY_STAFF',
  'UNIT_USER',
  'BI_READER',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * Which rows a viewer may see, as in RuoYi: every row, their own department, their unit and the
 * units below it, or only their own records.
 */
export const DATA_SCOPES = ['ALL', 'DEPARTMENT', 'UNIT_AND_CHILDREN', 'SELF'] as const;
export type DataScope = (typeof DATA_SCOPES)[number];

/** The authenticated caller, as every subgraph sees it after verifying the JWT. */
export interface Viewer {
  accountId: string;
  /** The account's session version when the token was issued; a lower one than the account's current is refused. */
  sessionVersion: number;
  username: string;
  personId: string | null;
  organizationId: string | null;
  roles: readonly Role[];
  dataScope: DataScope;
  /**
   * The organisations whose rows the viewer may see, resolved by the directory at login (the
   * other subgraphs do not own the unit tree). `null` means no restriction (scope ALL).
   */
  organizationIds: readonly string[] | null;
}

export function hasRole(viewer: Viewer | null, ...roles: Role[]): boolean {
  return viewer !== null && viewer.roles.some((role) => roles.includes(role));
}
