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

/** Forward (`first`/`after`) or backward (`last`/`before`) page arguments. */
export interface PageArgs {
  first?: number;
  after?: string;
  last?: number;
  before?: string;
}

/** The selection every connection query asks for, besides its edges. */
export const connectionFields = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
