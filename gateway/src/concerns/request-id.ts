import { requestIdOf } from '@jiguan/shared-schema/http/request-id';
import type { GatewayConcern } from '../gateway-concern.ts';

/**
 * One id per client request, so its log lines line up across the gateway and the subgraphs: the
 * caller's `x-request-id` when usable, else a new one; echoed on the response and sent with every
 * subgraph call.
 */
export function requestId(): GatewayConcern {
  return {
    name: 'request-id',
    wrapHttp: (next) => (req, res) => {
      const id = requestIdOf(req);
      // Written back so the request context, built later from the same request, reads this id.
      req.headers['x-request-id'] = id;
      res.setHeader('x-request-id', id);
      return next(req, res);
    },
    wrapSubgraphCall: (next) => (request) => next({ ...request, headers: { ...request.headers, 'x-request-id': request.context.requestId } }),
  };
}
