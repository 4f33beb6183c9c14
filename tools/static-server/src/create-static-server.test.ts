import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer, SECURITY_HEADERS } from './create-static-server.ts';

const bigScript = `export const text = ${JSON.stringify('松江区机关事务管理局'.repeat(300))};\n`;

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Plain http GET that, unlike fetch, neither decompresses nor normalises `..` in the path. */
function rawGet(url: string, path: string, headers: Record<string, string> = {}) {
  const { hostname, port } = new URL(url);
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    request({ hostname, port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('static server', () => {
  let root: string;
  let dir: string;
  let gateway: Server;
  let server: Server;
  let base: string;
  const gatewayRequests: Array<{ method?: string; url?: string; authorization?: string; body: string }> = [];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'static-server-'));
    dir = join(root, 'dist');
    await mkdir(join(dir, 'assets'), { recursive: true });
    await writeFile(join(root, 'secret.txt'), 'secret');
    await writeFile(join(dir, 'index.html'), '<!doctype html><div id="app"></div>');
    await writeFile(join(dir, 'remoteEntry.js'), bigScript);
    await writeFile(join(dir, 'mf-manifest.json'), '{"name":"admin"}');
    await writeFile(join(dir, 'assets/index-BVh0mJY3.js'), bigScript);
    await writeFile(join(dir, 'assets/App-DQHdb4S6.css'), '.a{}');

    gateway = createServer(async (req, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      gatewayRequests.push({ method: req.method, url: req.url, authorization: req.headers.authorization, body });
      res.writeHead(200, { 'content-type': 'application/json', 'x-gateway': 'yes' }).end('{"data":{"ok":true}}');
    });
    const gatewayUrl = await listen(gateway);
    server = createStaticServer({ dir, gatewayUrl });
    base = await listen(server);
  });

  afterAll(async () => {
    server.close();
    gateway.close();
    await rm(root, { recursive: true, force: true });
  });

  it('sends the security headers with every answer: pages, entries, misses, its health and the proxied API (the attack report found none)', async () => {
    for (const path of ['/', '/remoteEntry.js', '/assets/missing.js', '/__static/healthz', '/graphql']) {
      const { headers } = await rawGet(base, path);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name], `${name} on ${path}`).toBe(value);
    }
    expect(SECURITY_HEADERS['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('serves index.html revalidated, with CORS for the shell on another origin', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('falls back to index.html for app routes but not for missing assets', async () => {
    const route = await fetch(`${base}/admin/units?page=2`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<div id="app">');
    expect((await fetch(`${base}/assets/missing-AAAAAAAA.js`)).status).toBe(404);
  });

  it('caches hashed chunks for a year and federation entry points never', async () => {
    expect((await fetch(`${base}/assets/index-BVh0mJY3.js`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${base}/remoteEntry.js`)).headers.get('cache-control')).toBe('no-cache');
    const manifest = await fetch(`${base}/mf-manifest.json`);
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
    expect(await manifest.json()).toEqual({ name: 'admin' });
  });

  it('compresses for clients that accept it and answers revalidation with 304', async () => {
    const gzipped = await rawGet(base, '/remoteEntry.js', { 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString()).toBe(bigScript);
    const brotli = await rawGet(base, '/remoteEntry.js', { 'accept-encoding': 'br, gzip' });
    expect(brotli.headers['content-encoding']).toBe('br');
    const plain = await rawGet(base, '/remoteEntry.js');
    expect(plain.headers['content-encoding']).toBeUndefined();

    const again = await rawGet(base, '/remoteEntry.js', { 'accept-encoding': 'gzip', 'if-none-match': String(gzipped.headers.etag) });
    expect(again.status).toBe(304);
  });

  it('never serves files outside the build', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const response = await rawGet(base, path);
      expect(response.body.toString(), path).not.toContain('secret');
    }
  });

  it('proxies the gateway paths with method, headers and body', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
      body: '{"query":"{ me { id } }"}',
    });
    expect(response.headers.get('x-gateway')).toBe('yes');
    expect(await response.json()).toEqual({ data: { ok: true } });
    expect(gatewayRequests.at(-1)).toEqual({ method: 'POST', url: '/graphql', authorization: 'Bearer t', body: '{"query":"{ me { id } }"}' });
    await fetch(`${base}/registry.json`);
    expect(gatewayRequests.at(-1)?.url).toBe('/registry.json');
  });

  it('answers 502 when the gateway is down, and its own health regardless', async () => {
    const orphan = createStaticServer({ dir, gatewayUrl: 'http://127.0.0.1:9' });
    const orphanBase = await listen(orphan);
    try {
      expect((await fetch(`${orphanBase}/graphql`, { method: 'POST', body: '{}' })).status).toBe(502);
      const health = await fetch(`${orphanBase}/__static/healthz`);
      expect(await health.json()).toEqual({ status: 'ok' });
    } finally {
      orphan.close();
    }
  });
});
