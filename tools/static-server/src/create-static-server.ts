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

/** The server's own liveness, distinct from the proxied gateway /healthz. */
const ownHealthPath = '/__static/healthz';

/** Builds the server without listening, so tests can start it on a free port. */
export function createStaticServer(options: StaticServerOptions): Server {
  const files = createStaticFiles(options.dir);
  const proxy = createGatewayProxy(options.gatewayUrl);

  return createServer((req, res) => {
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
