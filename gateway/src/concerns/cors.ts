import type { GatewayConcern } from '../gateway-concern.ts';

export interface CorsOptions {
  /** Exact origins allowed (scheme, host and port); anything else gets no CORS headers. */
  allowedOrigins: readonly string[];
  /** Seconds a browser may cache a preflight answer; default 600. */
  maxAgeSeconds?: number;
}

/** CORS on /graphql by allow-list: an allowed origin gets the headers, and a preflight is answered here. */
export function cors(options: CorsOptions): GatewayConcern {
  const allowed = new Set(options.allowedOrigins);
  return {
    name: 'cors',
    wrapHttp: (next) => (req, res) => {
      const origin = req.headers.origin;
      const isAllowed = origin !== undefined && allowed.has(origin);
      if (isAllowed) {
        res.setHeader('access-control-allow-origin', origin);
        res.appendHeader('vary', 'Origin');
        res.setHeader('access-control-expose-headers', 'x-request-id');
      }
      if (req.method !== 'OPTIONS') return next(req, res);
      if (isAllowed) {
        res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
        res.setHeader('access-control-allow-headers', 'authorization, content-type, x-request-id, apollo-require-preflight');
        res.setHeader('access-control-max-age', String(options.maxAgeSeconds ?? 600));
      }
      res.writeHead(204).end();
    },
  };
}
