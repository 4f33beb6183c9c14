/** Relay cursor connections, as every list field of the hub returns them. */
export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<TNode> {
  edges: Array<{ cursor: string; node: TNode }>;
  pageInfo: PageInfo;
  totalCount: number;
}

/** The node of a (generated) connection type: a table's row type, e.g. `NodeOf<AssetsDisposalsQuery['disposals']>`. */
export type NodeOf<TConnection extends { edges: ReadonlyArray<{ node: unknown }> }> = TConnection['edges'][number]['node'];

/** Forward (`first`/`after`) or backward (`last`/`before`) page arguments. */
export interface PageArgs {
  first?: number;
  after?: string;
  last?: number;
  before?: string;
}
