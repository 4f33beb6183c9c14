import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productCatalog, productField } from './harness/product-subgraphs.ts';
import { startFederation, type Federation } from './harness/start-federation.ts';

/**
 * Each subgraph has its own timeout and its own circuit: `flaky` may take 150 ms and its circuit
 * opens after 3 calls in a row without an answer; `patient` keeps the gateway's 2 s. An open circuit
 * refuses flaky's calls without sending them, the other subgraphs answering as before, until one
 * test call 400 ms later closes it again.
 */
let flakyIsSlow = true;
let fed: Federation;
beforeAll(async () => {
  fed = await startFederation(
    [
      productCatalog,
      productField('flaky', 'eta', () => (flakyIsSlow ? sleep(1_000).then(() => 1) : 1)),
      productField('patient', 'rating', () => sleep(400).then(() => 5)),
    ],
    {
      env: {
        GATEWAY_SUBGRAPH_TIMEOUT_MS: '2000',
        GATEWAY_SUBGRAPH_TIMEOUT_MS_FLAKY: '150',
        GATEWAY_BREAKER_FAILURES: '3',
        GATEWAY_BREAKER_HALF_OPEN_MS: '400',
      },
    },
  );
});
afterAll(() => fed.stop());

const QUERY = '{ product { id eta rating } }';
const circuits = async () => ((await (await fetch(`${fed.origin}/readyz`)).json()) as { circuits: Record<string, string> }).circuits;
/** A metric's value by its name and labels, in any order and beside the `service` label every metric has. */
const metric = async (name: string, labels: Record<string, string>) => {
  const lines = (await (await fetch(`${fed.origin}/metrics`)).text()).split('\n').filter((l) => l.startsWith(`${name}{`));
  const wanted = Object.entries(labels).map(([label, value]) => `${label}="${value}"`);
  return lines.find((l) => wanted.every((w) => l.includes(w)))?.split(' ').at(-1);
};
const flakyErrors = (answer: Awaited<ReturnType<Federation['query']>>) => answer.body.errors?.map((e) => e.extensions);

describe('a subgraph that stops answering', () => {
  it('is given up on after its own timeout, while a slower one within the gateway’s timeout answers', async () => {
    const answer = await fed.query(QUERY);
    expect(answer.body.data).toEqual({ product: { id: 'p1', eta: null, rating: 5 } });
    expect(flakyErrors(answer)).toEqual([{ code: 'SUBGRAPH_UNAVAILABLE', reason: 'SUBGRAPH_UNAVAILABLE', serviceName: 'flaky' }]);
    expect(await circuits()).toEqual({ catalog: 'closed', flaky: 'closed', patient: 'closed' });
  });

  it('has its circuit opened after 3 failures in a row, shown in /readyz and /metrics', async () => {
    await fed.query(QUERY);
    await fed.query(QUERY);
    expect(await circuits()).toEqual({ catalog: 'closed', flaky: 'open', patient: 'closed' });
    expect(await metric('jiguan_subgraph_circuit_state', { subgraph: 'flaky', state: 'open' })).toBe('1');
    expect(await metric('jiguan_subgraph_circuit_state', { subgraph: 'patient', state: 'closed' })).toBe('1');
  });

  it('is not called while its circuit is open: its fields fail at once, the others answer', async () => {
    flakyIsSlow = false;
    const sent = fed.received.flaky?.length;
    const answer = await fed.query(QUERY);
    expect(answer.body.data).toEqual({ product: { id: 'p1', eta: null, rating: 5 } });
    expect(flakyErrors(answer)).toEqual([{ code: 'SUBGRAPH_UNAVAILABLE', reason: 'SUBGRAPH_UNAVAILABLE', serviceName: 'flaky' }]);
    expect(fed.received.flaky?.length).toBe(sent);
    expect(await metric('jiguan_subgraph_circuit_refused_total', { subgraph: 'flaky' })).toBe('1');
  });

  it('is tried again after the wait, and an answer closes its circuit', async () => {
    await sleep(450);
    const answer = await fed.query(QUERY);
    expect(answer.body).toEqual({ data: { product: { id: 'p1', eta: 1, rating: 5 } } });
    expect(await circuits()).toEqual({ catalog: 'closed', flaky: 'closed', patient: 'closed' });
  });
});
