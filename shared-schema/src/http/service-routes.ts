import type { Logger } from '../logger.ts';
import { sendJson, type RouteHandler, type Routes } from './http-server.ts';

export interface ServiceRoutesOptions {
  /** The service's name, shown by /healthz. */
  service: string;
  /** Serves the service's Prometheus metrics (from `createServiceMetrics`). */
  metrics: RouteHandler;
  /** Names what the service waits for (a database, a subgraph); empty when it can serve. Backs /readyz. */
  notReady: () => Promise<string[]>;
  /** More for /readyz to show, ready or not (the gateway's circuit states). */
  details?: () => Record<string, unknown>;
  logger: Logger;
}

/**
 * The operational routes of every service, gateway and subgraphs alike: `/healthz` (the process
 * answers), `/readyz` (200 when it can serve, else 503 naming what it waits for) and `/metrics`.
 */
export function createServiceRoutes(options: ServiceRoutesOptions): Routes {
  return {
    'GET /healthz': (_req, res) => sendJson(res, 200, { status: 'ok', service: options.service }),
    'GET /metrics': options.metrics,
    'GET /readyz': async (_req, res) => {
      const notReady = await options.notReady();
      const details = options.details?.() ?? {};
      if (notReady.length === 0) return sendJson(res, 200, { status: 'ready', ...details });
      options.logger.warn('not ready', { notReady, ...details });
      sendJson(res, 503, { status: 'unavailable', notReady, ...details });
    },
  };
}
