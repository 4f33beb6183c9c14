import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildUnitsTree, expandedUnitIds, searchUnitsTree, useUnitsTree } from './use-units-tree';

const unit = (id: string, parent: string | null, name = `单位 ${id}`) => ({
  id,
  code: `SJ-${id.toUpperCase()}`,
  name,
  shortName: null,
  kind: 'PARTY_GOVERNMENT_ORGAN' as const,
  underAgencyBookkeeping: false,
  childCount: 0,
  parent: parent ? { id: parent } : null,
});

/** The units, served in pages of `first` like the gateway (cursors are indexes). */
function pages(units: ReturnType<typeof unit>[]) {
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

const district = [unit('district', null, '松江区'), unit('audit', 'district', '区审计局'), unit('audit-office', 'audit', '办公室'), unit('finance', 'district', '区财政局'), unit('finance-office', 'finance', '办公室')];

describe('the units tree', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads every unit, page after page, and opens the lone district', async () => {
    const all = [...district, ...Array.from({ length: 245 }, (_, i) => unit(`u${i}`, 'finance'))];
    const requests = stubGateway({ Organizations: pages(all) });
    const tree = useUnitsTree();
    await vi.waitFor(() => expect(tree.units.value).toHaveLength(250));
    expect(requests.map((request) => request.variables)).toEqual([{ first: 200 }, { first: 200, after: '199' }]);
    expect(tree.rootCount.value).toBe(1);
    expect(tree.roots.value[0]?.children?.map((row) => row.id)).toEqual(['audit', 'finance']);
    expect(tree.expandedIds.value).toEqual(['district']);
  });

  it('finds units by name or code with the units above them, and opens the way to them', () => {
    const roots = buildUnitsTree(district);
    const found = searchUnitsTree(roots, '审计');
    expect(found.map((row) => row.id)).toEqual(['district']);
    expect(found[0]?.children?.map((row) => row.id)).toEqual(['audit']);
    // A match keeps what is below it.
    expect(found[0]?.children?.[0]?.children?.map((row) => row.id)).toEqual(['audit-office']);
    expect(expandedUnitIds(found, true)).toEqual(['district', 'audit']);

    const offices = searchUnitsTree(roots, '办公室');
    expect(offices[0]?.children?.map((row) => row.children?.map((child) => child.id))).toEqual([['audit-office'], ['finance-office']]);
    expect(searchUnitsTree(roots, 'sj-finance-office')[0]?.children?.map((row) => row.id)).toEqual(['finance']);
    expect(searchUnitsTree(roots, '不存在')).toEqual([]);
    expect(searchUnitsTree(roots, '  ')).toEqual(roots);
  });

  it('shows a failure to read the tree', async () => {
    stubGateway({ Organizations: refusal('FORBIDDEN', '没有执行此操作的权限') });
    const tree = useUnitsTree();
    await vi.waitFor(() => expect(tree.error.value).toMatchObject({ code: 'FORBIDDEN' }));
    expect(tree.roots.value).toEqual([]);
  });
});
