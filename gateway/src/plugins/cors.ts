import type { IncomingMessage, ServerResponse } from 'node:http';

export interface CorsOptions {
  /** Exact origins allowed (scheme, host and port); anything else gets no CORS headers. */
  allowedOrigins: readonly string[];
  /** Seconds a browser may cache a preflight answer; default 600. */
  maxAgeSeconds?: number;
}

/**
 * CORS by allow-list. Returns true when it answered the request itself (a preflight), so the
 * caller stops there.
 */
export function createCors(options: CorsOptions) {
  const allowed = new Set(options.allowedOrigins);
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const origin = req.headers.origin;
    if (origin && allowed.has(origin)) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('vary', 'Origin');
    }
    if (req.method !== 'OPTIONS') return false;
    if (origin && allowed.has(origin)) {
      res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
      res.setHeader('access-control-allow-headers', 'authorization, content-type, x-request-id, apollo-require-preflight');
      res.setHeader('access-control-max-age', String(options.maxAgeSeconds ?? 600));
    }
    res.writeHead(204).end();
    return true;
  };
}
