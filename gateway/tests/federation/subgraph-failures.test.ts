import { afterAll, beforeAll, expect, it } from 'vitest';
import { productCatalog as catalog, productField } from './harness/product-subgraphs.ts';
import { startFederation, type Federation } from './harness/start-federation.ts';

/**
 * A subgraph that is down or too slow: the fields it owns fail with SUBGRAPH_UNAVAILABLE (a code a
 * client may retry on, not INTERNAL) naming the subgraph, and what the other subgraphs answered stays.
 */
let fed: Federation;
beforeAll(async () => {
  fed = await startFederation(
    [
      catalog,
      productField('slow', 'eta', () => new Promise((resolve) => setTimeout(() => resolve(1), 2_500))),
      productField('stock', 'inStock', () => 5),
    ],
    { env: { GATEWAY_SUBGRAPH_TIMEOUT_MS: '500' } },
  );
});
afterAll(() => fed.stop());

it('answers a subgraph that timed out with SUBGRAPH_UNAVAILABLE and keeps the rest', async () => {
  const answer = await fed.query('{ product { id eta inStock } }');
  expect(answer.body.data).toEqual({ product: { id: 'p1', eta: null, inStock: 5 } });
  expect(answer.body.errors?.map((e) => e.extensions)).toEqual([{ code: 'SUBGRAPH_UNAVAILABLE', reason: 'SUBGRAPH_UNAVAILABLE', serviceName: 'slow' }]);
});

it('answers a subgraph that is down with SUBGRAPH_UNAVAILABLE and keeps the rest', async () => {
  await fed.stopSubgraph('stock');
  const answer = await fed.query('{ product { id inStock } }');
  expect(answer.body.data).toEqual({ product: { id: 'p1', inStock: null } });
  expect(answer.body.errors).toHaveLength(1);
  expect(answer.body.errors?.[0]).toMatchObject({ message: 'stock 服务暂不可用，请稍后重试', extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'stock' } });
});

it('moves any subgraph of the supergraph with SUBGRAPH_URL_<NAME>', async () => {
  const moved = await startFederation(
    [
      catalog,
      productField('stock-levels', 'inStock', () => 5),
    ],
    // Port 9 (discard) has no listener here: the moved subgraph is then unreachable.
    { env: { SUBGRAPH_URL_STOCK_LEVELS: 'http://127.0.0.1:9/graphql' } },
  );
  try {
    const answer = await moved.query('{ product { id inStock } }');
    expect(answer.body.data).toEqual({ product: { id: 'p1', inStock: null } });
    expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'SUBGRAPH_UNAVAILABLE', serviceName: 'stock-levels' });
    expect(moved.received['stock-levels']).toEqual([]);
  } finally {
    await moved.stop();
  }
});
