import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsGzip, compressResponses } from '../../src/concerns/compress-response.ts';

const big = JSON.stringify({ data: { people: Array.from({ length: 200 }, (_, i) => ({ name: `张三${i}`, unit: '区机关事务管理局' })) } });
let server: Server;
let port = 0;
beforeAll(async () => {
  server = createServer(
    compressResponses((req, res) => {
      res.setHeader('content-type', 'application/json');
      if (req.url === '/stream') {
        res.write(big.slice(0, 10));
        res.end(big.slice(10));
        return;
      }
      res.end(req.url === '/small' ? '{"data":{}}' : big);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Raw GET: unlike fetch, it neither asks for nor undoes compression. */
function get(path: string, headers: Record<string, string> = {}): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('response compression', () => {
  it('reads Accept-Encoding, q=0 included', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1, gzip;q=0.5')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('br')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });

  it('gzips a large answer for a client that accepts it, and only then', async () => {
    const gzipped = await get('/', { 'accept-encoding': 'gzip, deflate, br' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toContain('Accept-Encoding');
    expect(Number(gzipped.headers['content-length'])).toBe(gzipped.body.length);
    expect(gzipped.body.length).toBeLessThan(Buffer.byteLength(big) / 4);
    expect(gunzipSync(gzipped.body).toString()).toBe(big);

    const plain = await get('/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(big);
  });

  it('sends small and streamed answers as they are', async () => {
    expect((await get('/small', { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBeUndefined();
    const streamed = await get('/stream', { 'accept-encoding': 'gzip' });
    expect(streamed.headers['content-encoding']).toBeUndefined();
    expect(streamed.body.toString()).toBe(big);
  });
});
