import { Histogram, type Registry } from 'prom-client';
import type { GatewayConcern } from '../gateway-concern.ts';

/**
 * Prometheus figures of every subgraph call: `jiguan_subgraph_request_seconds{subgraph, outcome}`,
 * outcome `ok` (HTTP 2xx), `http_error` (any other status) or `unreachable` (no answer). Counted as
 * the plan asks, before deduplication: a call answered by one in flight counts too.
 */
export function subgraphMetrics(registry: Registry): GatewayConcern {
  const duration = new Histogram({
    name: 'jiguan_subgraph_request_seconds',
    help: 'Time of one request from the gateway to a subgraph, by subgraph and outcome',
    labelNames: ['subgraph', 'outcome'],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  return {
    name: 'subgraph-metrics',
    wrapSubgraphCall: (next) => async (request) => {
      const stop = duration.startTimer({ subgraph: request.subgraph });
      try {
        const response = await next(request);
        stop({ outcome: response.status >= 200 && response.status < 300 ? 'ok' : 'http_error' });
        return response;
      } catch (error) {
        stop({ outcome: 'unreachable' });
        throw error;
      }
    },
  };
}
