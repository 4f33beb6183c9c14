import { createServer, type Server } from 'node:http';
import { createGatewayProxy } from './proxy-to-gateway.ts';
import { serveStatic } from './serve-static.ts';
import { createStaticFiles } from './static-files.ts';

export interface StaticServerOptions {
  /** The built frontend to serve, e.g. frontends/admin/dist. */
  dir: string;
  /** Where /graphql, /registry.json and /healthz are forwarded. */
  gatewayUrl: string;
}

/** The gateway's paths, proxied so the browser never needs CORS for its API calls. */
const gatewayPaths = new Set(['/graphql', '/registry.json', '/healthz']);

/**
 * Sent with every answer: no MIME sniffing, no framing of the portals by other sites (clickjacking),
 * no plugins, no <base> from elsewhere, and no full URLs leaking to other origins. A CSP that also
 * lists script and connect sources has to name every remote's origin and is not set yet.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'content-security-policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
  'referrer-policy': 'same-origin',
};

/** The server's own liveness, distinct from the proxied gateway /healthz. */
const ownHealthPath = '/__static/healthz';

/** Builds the server without listening, so tests can start it on a free port. */
export function createStaticServer(options: StaticServerOptions): Server {
  const files = createStaticFiles(options.dir);
  const proxy = createGatewayProxy(options.gatewayUrl);

  return createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname === ownHealthPath) {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end('{"status":"ok"}');
      return;
    }
    if (gatewayPaths.has(pathname)) {
      proxy(req, res);
      return;
    }
    serveStatic(files, req, res).catch((error: unknown) => {
      console.error(`static-server: ${req.method} ${pathname} failed`, error);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });
}
