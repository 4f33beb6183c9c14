import type { ApolloServerPlugin } from '@apollo/server';
import type { RouteHandler, Routes } from '@jiguan/shared-schema/http/http-server';
import type { GatewayContext } from './gateway-context.ts';
import type { SubgraphCall } from './engine/subgraph-call.ts';

/**
 * The one shape of every gateway concern (auth forwarding, request id, CORS, compression, the
 * subgraph client, dedupe, errors, metrics, health, registry …). Each member is optional; a concern
 * uses only those it needs. `createGateway` applies the concerns in the order it lists them.
 */
export interface GatewayConcern {
  /** Shown in logs and errors. */
  name: string;
  /** HTTP routes the concern serves, `"METHOD /path"` as in `createHttpServer`. */
  routes?: Routes;
  /** Wraps the /graphql HTTP handler: may answer by itself (a CORS preflight) or change the response (gzip, headers). */
  wrapHttp?: (next: RouteHandler) => RouteHandler;
  /** Wraps every call to a subgraph: may change the request (headers), answer it (dedupe), or look at the answer (metrics, errors). */
  wrapSubgraphCall?: (next: SubgraphCall) => SubgraphCall;
  /** Apollo Server plugins (operation metrics, refusals before execution). */
  apolloPlugins?: ApolloServerPlugin<GatewayContext>[];
  /** Releases what the concern holds (connections) when the gateway stops. */
  stop?: () => Promise<void>;
}

/** Wraps `base` with every concern's wrapper of that kind; the first concern listed is the outermost. */
export function wrapAll<T>(base: T, wrappers: readonly (((next: T) => T) | undefined)[]): T {
  return wrappers.reduceRight<T>((next, wrap) => (wrap ? wrap(next) : next), base);
}
