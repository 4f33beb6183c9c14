import type { SubgraphCall } from './subgraph-call.ts';

/**
 * The plainest subgraph call: Node's built-in fetch, with a deadline per request (the subgraph's). The gateway
 * replaces it by the pooled client (`concerns/subgraph-client.ts`), which does less work per
 * request; this one stays as the base every concern wraps, and as the bench's `node-fetch` variant.
 */
export function fetchSubgraphCall(timeoutOf: (subgraph: string) => number): SubgraphCall {
  return async ({ subgraph, url, body, headers }) => {
    const response = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutOf(subgraph)) });
    return { status: response.status, body: await response.text() };
  };
}
