import { GraphQLRequestError, requestGraphQL } from '@jiguan/kit';
import { computed, ref, shallowRef } from 'vue';
import type { PartyOrganizationKind } from '../../../generated/graphql';
import { type PartyOrganizationRow, partyOrganizationsTreeQuery } from './party-organizations-query';

export type OrganisationTreeNode = PartyOrganizationRow & { children?: OrganisationTreeNode[] };

const numerals = '一二三四五六七八九';

/** 第一 … 第九十九 as a number, for branches named by their number (第二党支部 before 第十党支部). */
export function branchNumber(name: string): number | null {
  const match = /第([一二三四五六七八九十]+)/.exec(name);
  if (!match?.[1]) return null;
  const text = match[1];
  const digit = (char: string | undefined) => (char ? numerals.indexOf(char) + 1 : 0);
  if (!text.includes('十')) return digit(text[0]);
  const [tens, ones] = text.split('十');
  return (tens ? digit(tens) : 1) * 10 + digit(ones);
}

const byName = (a: string, b: string) => {
  const [x, y] = [branchNumber(a), branchNumber(b)];
  if (x !== null && y !== null && x !== y) return x - y;
  return a.localeCompare(b, 'zh-CN');
};

const kindOrder: Record<PartyOrganizationKind, number> = { LEADERSHIP_GROUP: 0, GENERAL_BRANCH: 1, BRANCH: 2 };

/**
 * The organisations as a tree: each under its parent (an organisation whose parent the viewer does
 * not see is a root), the 党组 first, then the 总支 with its branches by number (第一 … 第十二) or name, the joint branch last.
 */
export function buildOrganisationTree(rows: readonly PartyOrganizationRow[]): OrganisationTreeNode[] {
  const byId = new Map<string, OrganisationTreeNode>(rows.map((row) => [row.id, { ...row }]));
  const roots: OrganisationTreeNode[] = [];
  for (const node of byId.values()) {
    const parent = node.parent ? byId.get(node.parent.id) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  const order = (a: OrganisationTreeNode, b: OrganisationTreeNode) =>
    kindOrder[a.kind] - kindOrder[b.kind] || Number(a.isJointBranch) - Number(b.isJointBranch) || byName(a.name, b.name);
  const sort = (nodes: OrganisationTreeNode[]) => {
    nodes.sort(order);
    for (const node of nodes) if (node.children) sort(node.children);
    return nodes;
  };
  return sort(roots);
}

/** The organisation tree, and the one selected to show its committee and re-elections. */
export function useOrganisationTree() {
  const rows = shallowRef<PartyOrganizationRow[]>([]);
  const loading = ref(false);
  const error = shallowRef<GraphQLRequestError | null>(null);
  const selectedId = ref<string | null>(null);

  async function reload(): Promise<void> {
    loading.value = true;
    try {
      rows.value = (await requestGraphQL(partyOrganizationsTreeQuery)).partyOrganizations.edges.map((edge) => edge.node);
      error.value = null;
      if (!rows.value.some((row) => row.id === selectedId.value)) selectedId.value = rows.value[0]?.id ?? null;
    } catch (cause) {
      if (!(cause instanceof GraphQLRequestError)) throw cause;
      error.value = cause;
    } finally {
      loading.value = false;
    }
  }

  const tree = computed(() => buildOrganisationTree(rows.value));
  const selected = computed(() => rows.value.find((row) => row.id === selectedId.value) ?? null);
  const parents = computed(() => rows.value.filter((row) => row.kind !== 'BRANCH'));
  void reload();
  return { rows, tree, selected, selectedId, parents, loading, error, reload };
}
