import { circuitBreaker, CircuitState, ConsecutiveBreaker, handleAll, isBrokenCircuitError, type CircuitBreakerPolicy } from 'cockatiel';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { Logger } from '@jiguan/shared-schema/logger';
import type { SubgraphResponse } from '../engine/subgraph-call.ts';
import { GATEWAY_STATUSES } from '../engine/subgraph-result.ts';
import type { GatewayConcern } from '../gateway-concern.ts';

export interface CircuitBreakerSettings {
  /** Failures in a row (no answer, a timeout, a proxy's 502–504) that open a subgraph's circuit. */
  failures: number;
  /** How long an open circuit refuses before it lets one call through to test the subgraph, ms. */
  halfOpenAfterMs: number;
}

export type CircuitStateName = 'closed' | 'open' | 'half_open' | 'isolated';

const STATE_NAMES: Record<CircuitState, CircuitStateName> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half_open',
  [CircuitState.Isolated]: 'isolated',
};

export interface CircuitBreakers extends GatewayConcern {
  /** The state of a subgraph's circuit (`closed` for one not called yet). */
  stateOf(subgraph: string): CircuitStateName;
}

/**
 * One circuit breaker per subgraph (cockatiel): after `failures` calls in a row that got no answer,
 * the subgraph's calls are refused at once for `halfOpenAfterMs`, then one call tests it and its
 * answer closes the circuit or opens it again. A refused call fails like a subgraph that is down
 * (SUBGRAPH_UNAVAILABLE naming it), without waiting for a timeout and without adding load to a
 * subgraph that is struggling; the other subgraphs are not affected. A GraphQL answer, an error in
 * it included, is an answer: only no answer, a timeout or a proxy's 502–504 counts as a failure.
 *
 * The states show in /metrics (`jiguan_subgraph_circuit_state{subgraph,state}`, 1 for the current
 * state, and `jiguan_subgraph_circuit_refused_total{subgraph}`) and in /readyz (`circuits`).
 */
export function circuitBreakers(settings: CircuitBreakerSettings, registry: Registry, logger: Logger): CircuitBreakers {
  const breakers = new Map<string, CircuitBreakerPolicy>();
  const refused = new Counter({
    name: 'jiguan_subgraph_circuit_refused_total',
    help: 'Subgraph calls the gateway refused because the circuit of that subgraph was open',
    labelNames: ['subgraph'],
    registers: [registry],
  });
  new Gauge({
    name: 'jiguan_subgraph_circuit_state',
    help: 'The state of each subgraph circuit: 1 for its current state (closed, open, half_open, isolated), else 0',
    labelNames: ['subgraph', 'state'],
    registers: [registry],
    collect() {
      for (const [subgraph, breaker] of breakers) {
        for (const state of Object.values(STATE_NAMES)) this.set({ subgraph, state }, STATE_NAMES[breaker.state] === state ? 1 : 0);
      }
    },
  });

  const breakerOf = (subgraph: string): CircuitBreakerPolicy => {
    let breaker = breakers.get(subgraph);
    if (!breaker) {
      breaker = circuitBreaker(
        handleAll.orWhenResult((response) => GATEWAY_STATUSES.has((response as SubgraphResponse).status)),
        { halfOpenAfter: settings.halfOpenAfterMs, breaker: new ConsecutiveBreaker(settings.failures) },
      );
      breaker.onStateChange((state) => logger.warn('subgraph circuit changed', { subgraph, state: STATE_NAMES[state] }));
      breakers.set(subgraph, breaker);
    }
    return breaker;
  };

  return {
    name: 'circuit-breaker',
    wrapSubgraphCall: (next) => async (request) => {
      try {
        return await breakerOf(request.subgraph).execute(() => next(request));
      } catch (error) {
        if (!isBrokenCircuitError(error)) throw error;
        refused.inc({ subgraph: request.subgraph });
        throw new Error(`not called: the circuit of ${request.subgraph} is open after ${settings.failures} failures in a row`);
      }
    },
    stateOf: (subgraph) => STATE_NAMES[breakers.get(subgraph)?.state ?? CircuitState.Closed],
  };
}
