import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useUnitsTree } from './use-units-tree';

const unit = (id: string, childCount: number) => ({
  id,
  code: id.toUpperCase(),
  name: `单位 ${id}`,
  shortName: null,
  kind: 'PARTY_GOVERNMENT_ORGAN' as const,
  underAgencyBookkeeping: false,
  childCount,
});

/** One level of the tree, served in pages of `first` like the gateway (cursors are indexes). */
function level(units: ReturnType<typeof unit>[]) {
  return ({ first, after }: Record<string, unknown>) => {
    const from = after === undefined ? 0 : Number(after) + 1;
    const page = units.slice(from, from + Number(first));
    return data({
      organizations: {
        totalCount: units.length,
        pageInfo: { hasNextPage: from + page.length < units.length, hasPreviousPage: from > 0, startCursor: String(from), endCursor: String(from + page.length - 1) },
        edges: page.map((node, index) => ({ cursor: String(from + index), node })),
      },
    });
  };
}

describe('useUnitsTree', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads the top level whole, page after page, and offers an expander where there are children', async () => {
    const roots = Array.from({ length: 250 }, (_, i) => unit(`u${i}`, i % 2));
    const requests = stubGateway({ Organizations: level(roots) });
    const tree = useUnitsTree();
    await vi.waitFor(() => expect(tree.roots.value).toHaveLength(250));
    expect(requests.map((request) => request.variables)).toEqual([
      { first: 200, filter: { rootsOnly: true } },
      { first: 200, after: '199', filter: { rootsOnly: true } },
    ]);
    expect(tree.rootCount.value).toBe(250);
    expect(tree.roots.value.slice(0, 2).map((row) => row.hasChildren)).toEqual([false, true]);
  });

  it('loads a unit’s children when its row is expanded, and shows a failure without breaking the table', async () => {
    const districtChildren = level([unit('a', 0), unit('b', 3)]);
    const requests = stubGateway({
      Organizations: (variables) =>
        (variables.filter as { parentId?: string }).parentId === 'district' ? districtChildren(variables) : refusal('FORBIDDEN', '没有执行此操作的权限'),
    });
    const tree = useUnitsTree();
    await vi.waitFor(() => expect(tree.loading.value).toBe(false));
    expect(tree.error.value).toMatchObject({ code: 'FORBIDDEN' });

    const children = await new Promise<unknown[]>((resolve) => tree.loadChildren({ ...unit('district', 2), hasChildren: true }, null, resolve));
    expect(children).toMatchObject([{ id: 'a', hasChildren: false }, { id: 'b', hasChildren: true }]);
    expect(requests.at(-1)?.variables).toEqual({ first: 200, filter: { parentId: 'district' } });

    const none = await new Promise<unknown[]>((resolve) => tree.loadChildren({ ...unit('other', 1), hasChildren: true }, null, resolve));
    expect(none).toEqual([]);
  });
});
