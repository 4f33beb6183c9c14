import type { DataScope } from '@jiguan/shared-schema/auth/viewer';

/**
 * The organisations an account may see under its data scope, worked out once at login and carried
 * in the token (the other subgraphs do not own the unit tree). `null`: no restriction.
 */
export function scopeOrganizationIds(
  scope: DataScope,
  organizationId: string | null,
  tree: readonly { id: string; parentId: string | null }[],
): string[] | null {
  if (scope === 'ALL') return null;
  if (organizationId === null || scope === 'SELF') return [];
  if (scope === 'DEPARTMENT') return [organizationId];
  const children = new Map<string, string[]>();
  for (const { id, parentId } of tree) {
    if (parentId !== null) children.set(parentId, [...(children.get(parentId) ?? []), id]);
  }
  const seen = new Set<string>();
  const queue = [organizationId];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(children.get(id) ?? []));
  }
  return [...seen];
}
