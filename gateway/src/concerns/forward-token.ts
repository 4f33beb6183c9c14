import type { GatewayConcern } from '../gateway-concern.ts';

/**
 * Passes the caller's bearer token on to every subgraph, unchanged: each subgraph verifies it
 * again (the gateway verified it when it built the request context), so a subgraph reached around
 * the gateway is as closed as one behind it.
 */
export function forwardToken(): GatewayConcern {
  return {
    name: 'forward-token',
    wrapSubgraphCall: (next) => (request) => {
      const { token } = request.context;
      return next(token ? { ...request, headers: { ...request.headers, authorization: `Bearer ${token}` } } : request);
    },
  };
}
