/** The hub's roles (GraphQL enum `Role`); their labels live in the kit's locale files under `kit.role`. */
export const roles = [
  'ADMIN',
  'LEADER',
  'ASSETS_STAFF',
  'SERVICES_STAFF',
  'FINANCE_STAFF',
  'PARTY_STAFF',
  'UNIT_USER',
  'BI_READER',
] as const;

export type Role = (typeof roles)[number];
