import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { createRequestAuthenticator } from '@jiguan/shared-schema/auth/authenticate-request';
import { SESSION_CHECK_MS, sessionVersionsFrom, watchSessionVersions } from '@jiguan/shared-schema/auth/session-versions';
import { createTokenVerifier } from '@jiguan/shared-schema/auth/token-verifier';
import { cacheVerifiedTokens } from '@jiguan/shared-schema/auth/verified-token-cache';
import { createErrorFormatter } from '@jiguan/shared-schema/format-error';
import { createGraphQLHandler } from '@jiguan/shared-schema/http/graphql-handler';
import { createHttpServer } from '@jiguan/shared-schema/http/http-server';
import { createServiceMetrics } from '@jiguan/shared-schema/http/metrics';
import { clientAddressOf } from '@jiguan/shared-schema/http/client-address';
import { requestIdOf } from '@jiguan/shared-schema/http/request-id';
import type { Logger } from '@jiguan/shared-schema/logger';
import { biEndpoints } from './bi/bi-endpoints.ts';
import { accountRateLimit } from './concerns/account-rate-limit.ts';
import { compressResponse } from './concerns/compress-response.ts';
import { cors } from './concerns/cors.ts';
import { dedupeInflight } from './concerns/dedupe-inflight.ts';
import { forwardClientAddress } from './concerns/forward-client-address.ts';
import { forwardToken } from './concerns/forward-token.ts';
import { nameBadArguments } from './concerns/name-bad-arguments.ts';
import { operationChecks } from './concerns/operation-checks.ts';
import { remoteRegistry } from './concerns/remote-registry.ts';
import { requestId } from './concerns/request-id.ts';
import { serviceRoutes } from './concerns/service-routes.ts';
import { signedInIntrospection } from './concerns/signed-in-introspection.ts';
import { subgraphClient } from './concerns/subgraph-client.ts';
import { subgraphMetrics } from './concerns/subgraph-metrics.ts';
import { tooManyRequests } from './concerns/too-many-requests.ts';
import { circuitBreakers } from './concerns/circuit-breaker.ts';
import { subgraphTimeoutOf, type GatewayConfig } from './config.ts';
import { fetchSubgraphCall } from './engine/fetch-subgraph-call.ts';
import { createPlannerGateway } from './engine/planner-gateway.ts';
import type { SubgraphCall } from './engine/subgraph-call.ts';
import { wrapAll, type GatewayConcern } from './gateway-concern.ts';
import type { GatewayContext } from './gateway-context.ts';

/**
 * The hub's one endpoint: Apollo Server over the Rust query planner (`engine/planner-gateway.ts`),
 * with every other concern a `GatewayConcern` (`concerns/`). Returns the server unstarted.
 */
export async function createGateway(config: GatewayConfig, logger: Logger) {
  const metrics = createServiceMetrics({ service: 'gateway' });
  const timeoutOf = (subgraph: string) => subgraphTimeoutOf(config, subgraph);
  const breakers = config.circuitBreaker ? circuitBreakers(config.circuitBreaker, metrics.registry, logger) : null;
  // Concerns apply in this order, the first outermost, to the /graphql handler and to every
  // subgraph call; the token and request id are set before dedupe, which keys on the token.
  const concerns: GatewayConcern[] = [
    cors({ allowedOrigins: config.corsOrigins }),
    requestId(),
    ...(config.compressMinBytes === null ? [] : [compressResponse({ minBytes: config.compressMinBytes })]),
    forwardToken(),
    forwardClientAddress(),
    subgraphMetrics(metrics.registry),
    ...(config.dedupeSubgraphQueries ? [dedupeInflight()] : []),
    // After dedupe: identical queries in flight are one call, one failure.
    ...(breakers ? [breakers] : []),
    ...(config.pooledSubgraphClient ? [subgraphClient({ connectionsPerSubgraph: config.subgraphConnections, timeoutOf })] : []),
    // `gateway` is made below from these concerns' subgraph wrappers; /readyz asks it only once serving.
    serviceRoutes({
      subgraphs: () => gateway.subgraphs(),
      circuitOf: breakers?.stateOf,
      metrics,
      readinessTimeoutMs: config.readinessTimeoutMs,
      logger,
    }),
    remoteRegistry(config.registryPath),
    nameBadArguments(),
    operationChecks(config.queryLimits, config.rateLimit ? accountRateLimit(config.rateLimit) : undefined),
    ...(config.anonymousIntrospection ? [] : [signedInIntrospection()]),
    tooManyRequests(),
  ];

  const call = wrapAll<SubgraphCall>(fetchSubgraphCall(timeoutOf), concerns.map((c) => c.wrapSubgraphCall));
  const gateway = createPlannerGateway({
    supergraphPath: config.supergraphPath,
    watch: config.watchSupergraph,
    subgraphUrlOverrides: config.subgraphUrlOverrides,
    call,
    logger,
  });

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // Parsing stops at the token limit (refused as QUERY_TOO_COMPLEX by the error formatter).
    parseOptions: { maxTokens: config.queryLimits.maxTokens },
    // Masking: coded errors pass with their code (and serviceName); anything else is logged and shown as INTERNAL.
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    // No "Did you mean …?" in validation errors: the schema is for signed-in callers' introspection only.
    hideSchemaDetailsFromClientErrors: true,
    // Also under NODE_ENV=production: signed-in tools (the cockpit, BI) may read the schema.
    introspection: true,
    plugins: [ApolloServerPluginUsageReportingDisabled(), ...concerns.flatMap((c) => c.apolloPlugins ?? [])],
  });
  await apollo.start();

  // The same authentication as every subgraph's; the gateway remembers verified tokens too, and
  // refuses those whose session has ended as they do.
  const sessions = await watchSessionVersions({ load: sessionVersionsFrom(config.sessionVersionsUrl), intervalMs: SESSION_CHECK_MS, logger });
  const authenticate = createRequestAuthenticator(
    cacheVerifiedTokens(createTokenVerifier({ jwksUrl: config.jwksUrl, issuer: config.issuer, audience: config.audience }), {
      maxEntries: config.tokenCacheSize,
      maxAgeMs: config.tokenCacheSeconds * 1000,
    }),
    sessions,
  );
  // The BI endpoints authenticate accounts as /graphql does (and API keys with the directory).
  if (config.bi) {
    concerns.push(
      biEndpoints({
        settings: config.bi,
        subgraphs: () => gateway.subgraphs(),
        authenticateToken: authenticate,
        trustProxy: config.trustProxy,
        subgraphTimeoutMs: config.subgraphTimeoutMs,
        logger,
      }),
    );
  }
  const graphql = createGraphQLHandler(apollo, async (req): Promise<GatewayContext> => ({
    ...(await authenticate(req)),
    requestId: requestIdOf(req),
    clientAddress: clientAddressOf(req, config.trustProxy),
  }));

  const server = createHttpServer(
    {
      ...Object.assign({}, ...concerns.map((c) => c.routes ?? {})),
      '* /graphql': wrapAll(graphql, concerns.map((c) => c.wrapHttp)),
    },
    logger,
  );
  return {
    server,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      for (const concern of concerns) await concern.stop?.();
      sessions.stop();
    },
  };
}
