import type { PageArgs } from '@jiguan/kit';

/** The most rows a page of a connection may hold (the subgraphs' MAX_PAGE_SIZE). */
export const MAX_PAGE_SIZE = 200;

interface ForwardConnection<TNode> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: ReadonlyArray<{ node: TNode }>;
}

/**
 * Every row of a filter, page after page of `MAX_PAGE_SIZE` — for a chart the subgraph has no
 * aggregate for yet. Bounded: the callers ask for a year of one canteen at most (about 1,100 meal
 * counts), and this stops after `maxPages`, saying the rows are `truncated`.
 */
export async function fetchAllPages<TNode>(fetchPage: (page: PageArgs) => Promise<ForwardConnection<TNode>>, maxPages = 10): Promise<{ rows: TNode[]; truncated: boolean }> {
  const rows: TNode[] = [];
  let after: string | undefined;
  for (let pages = 0; pages < maxPages; pages += 1) {
    const connection = await fetchPage(after ? { first: MAX_PAGE_SIZE, after } : { first: MAX_PAGE_SIZE });
    rows.push(...connection.edges.map((edge) => edge.node));
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) return { rows, truncated: false };
    after = connection.pageInfo.endCursor;
  }
  return { rows, truncated: true };
}
