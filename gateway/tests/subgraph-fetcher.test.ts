import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dedupeInflight } from '../src/plugins/dedupe-inflight.ts';
import { createSubgraphFetcher } from '../src/plugins/subgraph-fetcher.ts';

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
      }, 30);
    });
  });
  // Far shorter than Node's default 5 s, to meet the close of an idle connection within the test.
  server.keepAliveTimeout = 300;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (body: object, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

describe('the undici subgraph fetcher', () => {
  it('answers with status, headers and a body to parse, and reuses connections after they idled out', async () => {
    const { fetch, close } = createSubgraphFetcher({ kind: 'undici' });
    try {
      const first = await fetch(url, post({ query: '{ a }' }));
      expect(first.ok).toBe(true);
      expect(first.headers.get('content-type')).toBe('application/json');
      expect(await first.json()).toMatchObject({ data: { n: expect.any(Number) } });
      // The subgraph closes the idle connection; the next request must not fail on it.
      await new Promise((resolve) => setTimeout(resolve, 400));
      const second = await fetch(url, post({ query: '{ a }' }));
      expect(second.ok).toBe(true);
      const failed = await fetch(url, post({ query: '{ fail }' }));
      expect(failed.status).toBe(500);
      expect(failed.statusText).toBe('Internal Server Error');
    } finally {
      await close();
    }
  });
});

describe('in-flight deduplication of subgraph queries', () => {
  it('sends identical queries of one caller once and gives each its own copy of the answer', async () => {
    const { fetch, close } = createSubgraphFetcher({ kind: 'undici' });
    const dedupe = dedupeInflight(fetch);
    received = [];
    try {
      const same = (id: string) => dedupe(url, post({ query: 'query Q__directory__0{a}' }, { authorization: 'Bearer t1', 'x-request-id': id }));
      const answers = await Promise.all([same('r1'), same('r2'), same('r3')]);
      expect(received).toHaveLength(1);
      const bodies = await Promise.all(answers.map((a) => a.json()));
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
    const { fetch, close } = createSubgraphFetcher({ kind: 'undici' });
    const dedupe = dedupeInflight(fetch);
    received = [];
    try {
      await Promise.all([
        dedupe(url, post({ query: '{a}' }, { authorization: 'Bearer t1' })),
        dedupe(url, post({ query: '{a}' }, { authorization: 'Bearer t2' })),
        dedupe(url, post({ query: '{a}', variables: { x: 1 } }, { authorization: 'Bearer t1' })),
        dedupe(url, post({ query: 'mutation M{b}' }, { authorization: 'Bearer t1' })),
        dedupe(url, post({ query: 'mutation M{b}' }, { authorization: 'Bearer t1' })),
      ]);
      expect(received).toHaveLength(5);
    } finally {
      await close();
    }
  });
});
