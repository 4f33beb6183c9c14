import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../logger.ts';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/**
 * Routes by `"METHOD /path"`; `"* /path"` matches every method; `"METHOD /prefix/*"` matches every
 * path below `/prefix/` (the longest such prefix wins) when no exact route does.
 */
export type Routes = Record<string, RouteHandler>;

export function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(value));
}

/** A node:http server over a route table; an unexpected throw becomes a bare 500, logged, never shown. */
export function createHttpServer(routes: Routes, logger: Logger): Server {
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const handler = routes[`${req.method} ${path}`] ?? routes[`* ${path}`] ?? prefixRoute(routes, req.method ?? '', path);
    if (!handler) {
      sendJson(res, 404, { error: 'not found' });
      return;
    }
    Promise.resolve(handler(req, res)).catch((error: unknown) => {
      logger.error('request failed', { path, error: error instanceof Error ? error.stack : String(error) });
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.destroy();
    });
  });
}

/** The handler of the longest `"METHOD /prefix/*"` (or `"* /prefix/*"`) route above `path`. */
function prefixRoute(routes: Routes, method: string, path: string): RouteHandler | undefined {
  for (let end = path.lastIndexOf('/'); end > 0; end = path.lastIndexOf('/', end - 1)) {
    const prefix = `${path.slice(0, end)}/*`;
    const handler = routes[`${method} ${prefix}`] ?? routes[`* ${prefix}`];
    if (handler) return handler;
  }
  return undefined;
}

/**
 * Where services listen unless `HOST` says otherwise: this machine only. A deployment behind a
 * proxy or on several hosts sets `HOST` (e.g. `0.0.0.0`) for the processes it exposes.
 */
export const DEFAULT_HOST = '127.0.0.1';

/** Listens, resolving with the bound port (0 picks a free one, as tests do). */
export async function listen(server: Server, port: number, host = DEFAULT_HOST): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  return typeof address === 'object' && address ? address.port : port;
}
