import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { circuitBreakers } from '../../src/concerns/circuit-breaker.ts';
import type { SubgraphCall, SubgraphRequest, SubgraphResponse } from '../../src/engine/subgraph-call.ts';
import type { GatewayContext } from '../../src/gateway-context.ts';

const context: GatewayContext = { viewer: null, token: null, requestId: 'r0', clientAddress: '127.0.0.1' };
const to = (subgraph: string): SubgraphRequest => ({ subgraph, url: `http://${subgraph}/graphql`, body: '{}', headers: {}, operationType: 'query', context });
const silent = { info() {}, warn() {}, error() {} };

/** A breaker opening after 2 failures, over a call that answers each subgraph with the status it is given. */
function breakerOver(statusOf: (subgraph: string) => number) {
  const breakers = circuitBreakers({ failures: 2, halfOpenAfterMs: 60_000 }, new Registry(), silent);
  let sent = 0;
  const base: SubgraphCall = async ({ subgraph }): Promise<SubgraphResponse> => {
    sent += 1;
    const status = statusOf(subgraph);
    if (status === 0) throw new Error('connect ECONNREFUSED');
    return { status, body: status === 200 || status === 500 ? '{"errors":[{"message":"x"}]}' : 'Bad Gateway' };
  };
  const call = breakers.wrapSubgraphCall?.(base) as SubgraphCall;
  return { breakers, call: (subgraph: string) => call(to(subgraph)).then((r) => r.status, (e: Error) => e.message), sent: () => sent };
}

describe('the circuit breakers', () => {
  it('count a proxy’s 502–504 and no answer at all as failures, and refuse without calling once open', async () => {
    const { breakers, call, sent } = breakerOver((subgraph) => (subgraph === 'down' ? 0 : 503));
    expect(await call('behind-proxy')).toBe(503);
    expect(await call('behind-proxy')).toBe(503);
    expect(breakers.stateOf('behind-proxy')).toBe('open');
    expect(await call('down')).toMatch(/ECONNREFUSED/);
    expect(await call('down')).toMatch(/ECONNREFUSED/);
    expect(breakers.stateOf('down')).toBe('open');
    expect(await call('down')).toBe('not called: the circuit of down is open after 2 failures in a row');
    expect(sent()).toBe(4);
  });

  it('take any GraphQL answer, an error included, as an answer; one subgraph’s failures leave the others closed', async () => {
    const { breakers, call } = breakerOver((subgraph) => (subgraph === 'erring' ? 500 : 0));
    for (let i = 0; i < 5; i += 1) expect(await call('erring')).toBe(500);
    await call('down');
    await call('down');
    expect([breakers.stateOf('erring'), breakers.stateOf('down'), breakers.stateOf('never-called')]).toEqual(['closed', 'open', 'closed']);
  });
});
