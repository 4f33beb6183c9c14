import type { GatewayConcern } from '../gateway-concern.ts';

/**
 * Tells every subgraph who is calling: `x-forwarded-for` set to the caller's address as the gateway
 * sees it (replacing whatever the caller sent), e.g. for the directory's login throttle.
 */
export function forwardClientAddress(): GatewayConcern {
  return {
    name: 'forward-client-address',
    wrapSubgraphCall: (next) => (request) => next({ ...request, headers: { ...request.headers, 'x-forwarded-for': request.context.clientAddress } }),
  };
}
