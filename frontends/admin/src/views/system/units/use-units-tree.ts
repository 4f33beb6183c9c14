import { GraphQLRequestError, requestGraphQL } from '@jiguan/kit';
import type { TableInstance } from 'element-plus';
import { nextTick, ref, shallowRef } from 'vue';
import { type OrganizationNode, organizationsQuery } from './organizations-query';

export interface UnitRow extends OrganizationNode {
  /** Tells the lazy tree table to offer an expander. */
  hasChildren: boolean;
}

/** The gateway's largest page; one level of the tree is read in pages of this size. */
const levelPageSize = 200;

/**
 * The units as a lazily loaded tree: the top-level units first, each unit's children when its row
 * is expanded (`loadChildren` has the signature Element Plus's lazy table calls). A lone top-level
 * unit (the district) is opened at once, since there is nothing else to choose.
 */
export function useUnitsTree() {
  const tableRef = ref<TableInstance>();
  const roots = shallowRef<UnitRow[]>([]);
  const rootCount = ref(0);
  const loading = ref(false);
  const error = shallowRef<GraphQLRequestError | null>(null);

  async function loadLevel(filter: { rootsOnly?: boolean; parentId?: string }): Promise<{ rows: UnitRow[]; totalCount: number }> {
    const rows: UnitRow[] = [];
    let after: string | undefined;
    let totalCount = 0;
    do {
      const { organizations } = await requestGraphQL(organizationsQuery, { first: levelPageSize, after, filter });
      rows.push(...organizations.edges.map(({ node }) => ({ ...node, hasChildren: node.childCount > 0 })));
      totalCount = organizations.totalCount;
      after = organizations.pageInfo.hasNextPage ? (organizations.pageInfo.endCursor ?? undefined) : undefined;
    } while (after);
    return { rows, totalCount };
  }

  function track(cause: unknown): void {
    if (!(cause instanceof GraphQLRequestError)) throw cause;
    error.value = cause;
  }

  async function loadRoots(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      const level = await loadLevel({ rootsOnly: true });
      roots.value = level.rows;
      rootCount.value = level.totalCount;
      const [onlyRoot] = level.rows;
      if (level.rows.length === 1 && onlyRoot?.hasChildren) {
        await nextTick();
        tableRef.value?.toggleRowExpansion(onlyRoot, true);
      }
    } catch (cause) {
      track(cause);
    } finally {
      loading.value = false;
    }
  }

  function loadChildren(row: UnitRow, _treeNode: unknown, resolve: (children: UnitRow[]) => void): void {
    loadLevel({ parentId: row.id })
      .then((level) => resolve(level.rows))
      .catch((cause: unknown) => {
        resolve([]);
        track(cause);
      });
  }

  void loadRoots();

  return { tableRef, roots, rootCount, loading, error, loadChildren };
}
