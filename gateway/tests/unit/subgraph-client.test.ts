import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dedupeInflight } from '../../src/concerns/dedupe-inflight.ts';
import { subgraphClient } from '../../src/concerns/subgraph-client.ts';
import type { SubgraphCall, SubgraphRequest } from '../../src/engine/subgraph-call.ts';
import type { GatewayContext } from '../../src/gateway-context.ts';

/** A stand-in subgraph that counts requests and answers after `delayMs`, closing idle connections fast. */
let server: Server;
let url = '';
let received: { body: string; requestId: string | undefined }[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ body, requestId: req.headers['x-request-id'] as string | undefined });
      setTimeout(() => {
        const status = body.includes('fail') ? 500 : 200;
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { n: received.length, echo: body.length } }));
      }, body.includes('slow') ? 2_000 : 30);
    });
  });
  // Far shorter than Node's default 5 s, to meet the close of an idle connection within the test.
  server.keepAliveTimeout = 300;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const context: GatewayContext = { viewer: null, token: null, requestId: 'r0', clientAddress: '127.0.0.1' };
const post = (body: object, headers: Record<string, string> = {}, operationType: SubgraphRequest['operationType'] = 'query'): SubgraphRequest => ({
  subgraph: 'stand-in',
  url,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json', ...headers },
  operationType,
  context,
});
const unused: SubgraphCall = () => Promise.reject(new Error('the pooled client replaces the base call'));

function pooled(timeoutMs = 5_000) {
  const concern = subgraphClient({ connectionsPerSubgraph: 8, timeoutOf: () => timeoutMs });
  return { call: concern.wrapSubgraphCall?.(unused) as SubgraphCall, close: () => concern.stop?.() };
}

describe('the pooled subgraph client', () => {
  it('answers with status and a body to parse, and reuses connections after they idled out', async () => {
    const { call, close } = pooled();
    try {
      const first = await call(post({ query: '{ a }' }));
      expect(first.status).toBe(200);
      expect(JSON.parse(first.body)).toMatchObject({ data: { n: expect.any(Number) } });
      // The subgraph closes the idle connection; the next request must not fail on it.
      await new Promise((resolve) => setTimeout(resolve, 400));
      const second = await call(post({ query: '{ a }' }));
      expect(second.status).toBe(200);
      const failed = await call(post({ query: '{ fail }' }));
      expect(failed.status).toBe(500);
    } finally {
      await close();
    }
  });

  it('gives up on a subgraph slower than its timeout', async () => {
    const { call, close } = pooled(300);
    try {
      await expect(call(post({ query: '{ slow }' }))).rejects.toThrow(/timeout/i);
    } finally {
      await close();
    }
  });
});

describe('in-flight deduplication of subgraph queries', () => {
  it('sends identical queries of one caller once and gives each its own copy of the answer', async () => {
    const { call, close } = pooled();
    const dedupe = dedupeInflight().wrapSubgraphCall?.(call) as SubgraphCall;
    received = [];
    try {
      const same = (id: string) => dedupe(post({ query: 'query Q__directory__0{a}' }, { authorization: 'Bearer t1', 'x-request-id': id }));
      const answers = await Promise.all([same('r1'), same('r2'), same('r3')]);
      expect(received).toHaveLength(1);
      const bodies = answers.map((a) => JSON.parse(a.body) as unknown);
      expect(bodies[0]).toEqual(bodies[1]);
      expect(bodies[0]).not.toBe(bodies[1]);
      // Once answered, the same query goes out again.
      await same('r4');
      expect(received).toHaveLength(2);
    } finally {
      await close();
    }
  });

  it('never merges different callers, different variables or mutations', async () => {
    const { call, close } = pooled();
    const dedupe = dedupeInflight().wrapSubgraphCall?.(call) as SubgraphCall;
    received = [];
    try {
      await Promise.all([
        dedupe(post({ query: '{a}' }, { authorization: 'Bearer t1' })),
        dedupe(post({ query: '{a}' }, { authorization: 'Bearer t2' })),
        dedupe(post({ query: '{a}', variables: { x: 1 } }, { authorization: 'Bearer t1' })),
        dedupe(post({ query: 'mutation M{b}' }, { authorization: 'Bearer t1' }, 'mutation')),
        dedupe(post({ query: 'mutation M{b}' }, { authorization: 'Bearer t1' }, 'mutation')),
      ]);
      expect(received).toHaveLength(5);
    } finally {
      await close();
    }
  });
});
