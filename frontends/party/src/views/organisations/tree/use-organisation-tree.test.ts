import { data, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PartyOrganizationRow } from './party-organizations-query';
import { branchNumber, buildOrganisationTree, useOrganisationTree } from './use-organisation-tree';

const organisation = (id: string, kind: PartyOrganizationRow['kind'], name: string, parentId: string | null, isJointBranch = false) =>
  ({ id, kind, name, isJointBranch, parent: parentId ? { id: parentId } : null }) as PartyOrganizationRow;

const rows = [
  organisation('b2', 'BRANCH', '第二党支部', 'g'),
  organisation('joint', 'BRANCH', '社会化服务单位联合党支部', 'g', true),
  organisation('b1', 'BRANCH', '第一党支部', 'g'),
  organisation('g', 'GENERAL_BRANCH', '机关党总支', null),
  organisation('lg', 'LEADERSHIP_GROUP', '党组', null),
];

describe('buildOrganisationTree', () => {
  it('puts the 党组 first, the branches under the 总支 by name, the joint branch last', () => {
    const tree = buildOrganisationTree(rows);
    expect(tree.map((node) => node.id)).toEqual(['lg', 'g']);
    expect(tree[1]?.children?.map((node) => node.id)).toEqual(['b1', 'b2', 'joint']);
    expect(tree[0]?.children).toBeUndefined();
  });

  it('reads the number of a branch’s name', () => {
    expect(['第一党支部', '第二党支部', '第十党支部', '第十二党支部', '第二十一党支部', '联合党支部'].map(branchNumber)).toEqual([1, 2, 10, 12, 21, null]);
  });

  it('shows a branch whose parent the viewer cannot see as a root', () => {
    expect(buildOrganisationTree([organisation('b2', 'BRANCH', '第二党支部', 'g')]).map((node) => node.id)).toEqual(['b2']);
  });
});

describe('useOrganisationTree', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('loads every organisation and selects the first', async () => {
    stubGateway({ PartyOrganizationsTree: data({ partyOrganizations: { totalCount: rows.length, edges: rows.map((node) => ({ node })) } }) });
    const tree = useOrganisationTree();
    await vi.waitFor(() => expect(tree.rows.value).toHaveLength(5));
    expect(tree.selected.value?.id).toBe('b2');
    expect(tree.parents.value.map((row) => row.id)).toEqual(['g', 'lg']);
  });
});
