import { Agent, request } from 'undici';
import type { GatewayConcern } from '../gateway-concern.ts';

export interface SubgraphClientOptions {
  /** Most open keep-alive connections to one subgraph (per origin); requests beyond wait for a free one. */
  connectionsPerSubgraph: number;
  /** How long this subgraph may take to send its headers, and then between two parts of its body, ms. */
  timeoutOf: (subgraph: string) => number;
}

/**
 * The pooled keep-alive subgraph client: undici's `request` over one connection pool per subgraph,
 * shared by every request. It replaces the base call (Node's fetch) rather than wrapping it: no
 * WHATWG Request/Response objects, no per-header validation, connections kept open between requests.
 */
export function subgraphClient(options: SubgraphClientOptions): GatewayConcern {
  const dispatcher = new Agent({
    connections: options.connectionsPerSubgraph,
    // Idle connections live as long as the subgraph's Keep-Alive header says, less a margin (undici
    // reads it), so no request goes out on a connection being closed; 4 s when it says nothing.
    keepAliveTimeout: 4_000,
  });
  return {
    name: 'subgraph-client',
    wrapSubgraphCall: () => async ({ subgraph, url, body, headers }) => {
      const timeout = options.timeoutOf(subgraph);
      const response = await request(url, { method: 'POST', headers, body, dispatcher, headersTimeout: timeout, bodyTimeout: timeout });
      return { status: response.statusCode, body: await response.body.text() };
    },
    stop: () => dispatcher.close(),
  };
}
