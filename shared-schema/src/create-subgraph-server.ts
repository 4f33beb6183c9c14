import type { IncomingMessage, Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import { createRequestAuthenticator } from './auth/authenticate-request.ts';
import { BI_CATALOGUE_PATH } from './bi/catalogue-path.ts';
import type { BiDataset } from './bi/dataset-catalogue.ts';
import { requireAuthentication } from './auth/require-authentication.ts';
import type { TokenVerifier } from './auth/token-verifier.ts';
import type { SessionVersions } from './auth/session-versions.ts';
import { cacheVerifiedTokens } from './auth/verified-token-cache.ts';
import type { HubContext } from './context.ts';
import { createErrorFormatter } from './format-error.ts';
import { createGraphQLHandler } from './http/graphql-handler.ts';
import { createHttpServer, sendJson, type Routes } from './http/http-server.ts';
import { createServiceMetrics } from './http/metrics.ts';
import { clientAddressOf } from './http/client-address.ts';
import { requestIdOf } from './http/request-id.ts';
import { createServiceRoutes } from './http/service-routes.ts';
import { operationChecksPlugin } from './limits/operation-checks.ts';
import { queryLimitsFromEnv, type QueryLimits } from './limits/query-limits.ts';
import type { Logger } from './logger.ts';

export interface SubgraphServerOptions<TContext extends HubContext> {
  /** The subgraph's name, as in the supergraph (`directory`, `assets` …). */
  name: string;
  schema: GraphQLSchema;
  verifyToken: TokenVerifier;
  logger: Logger;
  /** Root fields an anonymous caller may use; default none. */
  publicRootFields?: readonly string[];
  /** Extra HTTP routes, e.g. the directory's JWKS. */
  routes?: Routes;
  /** Adds the subgraph's own parts to the per-request context. */
  context: (base: HubContext) => TContext | Promise<TContext>;
  /** Resolves when the service can serve (database reachable); backs `/readyz`. */
  checkReady: () => Promise<void>;
  /** The adapter's running count of SQL statements, exported at /metrics. */
  sqlStatements?: () => number;
  /** The accounts' current session versions (the directory's own table; the others watch its /session-versions). */
  sessions: SessionVersions;
  /** Depth, alias, directive, cost and token limits, as at the gateway (defence in depth); default from `QUERY_MAX_*`. */
  queryLimits?: QueryLimits;
  /** The subgraph's BI datasets (`src/bi/catalogue.ts`), served at `GET /bi/catalogue`; default none (no route). */
  biCatalogue?: readonly BiDataset[];
}

/**
 * Builds (but does not start listening) a subgraph's HTTP server: POST /graphql with token
 * verification and the anonymous-caller gate, /healthz, /readyz, /metrics. `main.ts` listens; tests use it
 * with port 0.
 */
export async function createSubgraphServer<TContext extends HubContext>(
  options: SubgraphServerOptions<TContext>,
): Promise<{ server: Server; stop(): Promise<void> }> {
  const metrics = createServiceMetrics({ service: options.name, sqlStatements: options.sqlStatements });
  const queryLimits = options.queryLimits ?? queryLimitsFromEnv();
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    // Parsing stops at the token limit (refused as QUERY_TOO_COMPLEX by the error formatter).
    parseOptions: { maxTokens: queryLimits.maxTokens },
    formatError: createErrorFormatter(options.logger),
    includeStacktraceInErrorResponses: false,
    // No "Did you mean …?" in validation errors: the schema is for signed-in callers' introspection only.
    hideSchemaDetailsFromClientErrors: true,
    // Also under NODE_ENV=production: signed-in tools may read the schema; anonymous callers are refused first.
    introspection: true,
    plugins: [
      requireAuthentication(options.publicRootFields ?? []),
      operationChecksPlugin(queryLimits),
      metrics.plugin,
      // No field carries a cache hint; the default plugin would still wrap every resolver to look for one.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();
  // The cache's defaults, as the gateway's: at most 10,000 tokens, each trusted ≤60 s and never past its expiry.
  const authenticate = createRequestAuthenticator(cacheVerifiedTokens(options.verifyToken), options.sessions);
  const createContext = async (req: IncomingMessage): Promise<TContext> => {
    const { viewer, token } = await authenticate(req);
    return options.context({ viewer, token, requestId: requestIdOf(req), clientAddress: clientAddressOf(req, true) });
  };

  const server = createHttpServer(
    {
      ...options.routes,
      // The datasets' description, no data: the gateway reads it to find them (docs/bi.md).
      ...(options.biCatalogue && { [`GET ${BI_CATALOGUE_PATH}`]: (_req, res) => sendJson(res, 200, { datasets: options.biCatalogue }) }),
      '* /graphql': createGraphQLHandler(apollo, createContext),
      ...createServiceRoutes({
        service: options.name,
        metrics: metrics.route,
        notReady: async () => {
          try {
            await options.checkReady();
            return [];
          } catch (error) {
            options.logger.warn('database not reachable', { reason: (error as Error).message });
            return ['database'];
          }
        },
        logger: options.logger,
      }),
    },
    options.logger,
  );
  return {
    server,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      options.sessions.stop();
    },
  };
}
