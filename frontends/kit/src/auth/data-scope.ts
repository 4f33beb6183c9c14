/** Which rows a role may see (GraphQL enum `DataScope`); labels under `kit.dataScope`. */
export const dataScopes = ['ALL', 'DEPARTMENT', 'UNIT_AND_CHILDREN', 'SELF'] as const;

export type DataScope = (typeof dataScopes)[number];
