import { GraphQLRequestError, requestGraphQL } from '@jiguan/kit';
import { computed, ref, shallowRef } from 'vue';
import { type OrganizationNode, organizationsQuery } from './organizations-query';

export interface UnitRow extends OrganizationNode {
  children?: UnitRow[];
}

/** The gateway's largest page; the whole tree is read in pages of this size. */
const pageSize = 200;

/** The units as a tree, in the order the directory lists them (tree order); a unit whose parent is not listed is a root. */
export function buildUnitsTree(nodes: readonly OrganizationNode[]): UnitRow[] {
  const rows = new Map<string, UnitRow>(nodes.map((node) => [node.id, { ...node }]));
  const roots: UnitRow[] = [];
  for (const row of rows.values()) {
    const parent = row.parent ? rows.get(row.parent.id) : undefined;
    if (parent) (parent.children ??= []).push(row);
    else roots.push(row);
  }
  return roots;
}

function matches(row: UnitRow, needle: string): boolean {
  return [row.name, row.shortName, row.code].some((text) => text?.toLowerCase().includes(needle));
}

/**
 * The units whose name, short name or code contains `search` (any case), with the units above
 * them so that each stays in its place in the tree, and with all that is below a match.
 */
export function searchUnitsTree(roots: readonly UnitRow[], search: string): UnitRow[] {
  const needle = search.trim().toLowerCase();
  if (!needle) return [...roots];
  const keep = (row: UnitRow): UnitRow | null => {
    if (matches(row, needle)) return row;
    const children = (row.children ?? []).map(keep).filter((child): child is UnitRow => child !== null);
    return children.length ? { ...row, children } : null;
  };
  return roots.map(keep).filter((row): row is UnitRow => row !== null);
}

/** The rows to show opened: while searching, every unit above a match; else the lone root (the district), since there is nothing else to choose. */
export function expandedUnitIds(roots: readonly UnitRow[], searching: boolean): string[] {
  if (!searching) return roots.length === 1 && roots[0]?.children?.length ? [roots[0].id] : [];
  const ids: string[] = [];
  const walk = (row: UnitRow) => {
    if (row.children?.length) {
      ids.push(row.id);
      row.children.forEach(walk);
    }
  };
  roots.forEach(walk);
  return ids;
}

/** Every unit, read once (and again after a change), as a tree searched on the page. */
export function useUnitsTree() {
  const units = shallowRef<OrganizationNode[]>([]);
  const tree = computed(() => buildUnitsTree(units.value));
  const search = ref('');
  const roots = computed(() => searchUnitsTree(tree.value, search.value));
  const expandedIds = computed(() => expandedUnitIds(roots.value, search.value.trim() !== ''));
  const rootCount = computed(() => tree.value.length);
  const loading = ref(false);
  const error = shallowRef<GraphQLRequestError | null>(null);

  async function reload(): Promise<void> {
    loading.value = true;
    try {
      const all: OrganizationNode[] = [];
      let after: string | undefined;
      do {
        const { organizations } = await requestGraphQL(organizationsQuery, { first: pageSize, after });
        all.push(...organizations.edges.map(({ node }) => node));
        after = organizations.pageInfo.hasNextPage ? (organizations.pageInfo.endCursor ?? undefined) : undefined;
      } while (after);
      units.value = all;
      error.value = null;
    } catch (cause) {
      if (!(cause instanceof GraphQLRequestError)) throw cause;
      error.value = cause;
    } finally {
      loading.value = false;
    }
  }

  void reload();

  return { units, roots, expandedIds, rootCount, search, loading, error, reload };
}
