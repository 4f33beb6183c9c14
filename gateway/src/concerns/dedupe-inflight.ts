import type { SubgraphResponse } from '../engine/subgraph-call.ts';
import type { GatewayConcern } from '../gateway-concern.ts';

/** Headers left out of the key: they differ per request but not the answer. */
const IGNORED_HEADERS = new Set(['x-request-id']);

/**
 * In-flight deduplication of subgraph queries: while a query is in flight, an identical one (same
 * subgraph URL, same body — query and variables —, same headers, so the same caller's token) waits
 * for its answer instead of being sent again; each caller parses its own copy of the body. Never a
 * mutation. A deduplicated request reaches the subgraph with the request id of the first one.
 *
 * This is what Hive Gateway and Apollo Router do (`deduplicate_query`); it pays when many people
 * with one identity (or one dashboard in many tabs) ask the same thing at once.
 */
export function dedupeInflight(): GatewayConcern {
  const inflight = new Map<string, Promise<SubgraphResponse>>();
  return {
    name: 'dedupe-inflight',
    wrapSubgraphCall: (next) => (request) => {
      if (request.operationType !== 'query') return next(request);
      const headers = Object.entries(request.headers)
        .filter(([name]) => !IGNORED_HEADERS.has(name))
        .map(([name, value]) => `${name}:${value}`)
        .sort()
        .join('\n');
      const key = `${request.url}\n${headers}\n\n${request.body}`;
      let shared = inflight.get(key);
      if (!shared) {
        shared = next(request);
        inflight.set(key, shared);
        const forget = () => inflight.delete(key);
        shared.then(forget, forget);
      }
      return shared;
    },
  };
}
