import type { ApolloServerPlugin } from '@apollo/server';
import type { RouteHandler } from '@jiguan/shared-schema/http/http-server';
import type { Logger } from '@jiguan/shared-schema/logger';
import { createServiceRoutes } from '@jiguan/shared-schema/http/service-routes';
import type { GatewayConcern } from '../gateway-concern.ts';
import type { GatewayContext } from '../gateway-context.ts';

export interface ServiceRoutesOptions {
  /** The loaded supergraph's subgraphs and their GraphQL URLs; each is ready when `<origin>/readyz` answers 200. */
  subgraphs: () => ReadonlyMap<string, string>;
  /** The state of a subgraph's circuit breaker (`closed`, `open` …), shown by /readyz as `circuits`; none when the breakers are off. */
  circuitOf?: (subgraph: string) => string;
  /** The gateway's metrics (route and operation plugin) from `createServiceMetrics`. */
  metrics: { route: RouteHandler; plugin: ApolloServerPlugin<GatewayContext> };
  /** How long to wait for each subgraph's /readyz, ms. */
  readinessTimeoutMs: number;
  logger: Logger;
}

/**
 * /healthz, /metrics and /readyz, the routes every subgraph serves too (shared-schema's
 * `createServiceRoutes`). The gateway is ready when every subgraph of the supergraph it has
 * loaded is — not a fixed list, so any supergraph file is checked for what it names. It also shows
 * each subgraph's circuit (an open one with a subgraph that answers /readyz again closes on the next
 * call after its wait).
 */
export function serviceRoutes(options: ServiceRoutesOptions): GatewayConcern {
  const notReady = async (): Promise<string[]> => {
    const results = await Promise.all(
      [...options.subgraphs()].map(async ([name, url]) => {
        try {
          const response = await fetch(new URL('/readyz', url), { signal: AbortSignal.timeout(options.readinessTimeoutMs) });
          return response.ok ? null : name;
        } catch {
          return name;
        }
      }),
    );
    return results.filter((name): name is string => name !== null);
  };
  return {
    name: 'service-routes',
    routes: createServiceRoutes({
      service: 'gateway',
      metrics: options.metrics.route,
      notReady,
      details: () => {
        const { circuitOf } = options;
        return circuitOf ? { circuits: Object.fromEntries([...options.subgraphs().keys()].map((name) => [name, circuitOf(name)])) } : {};
      },
      logger: options.logger,
    }),
    apolloPlugins: [options.metrics.plugin],
  };
}
