import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { createTokenVerifier } from '@jiguan/shared-schema/auth/token-verifier';
import { cacheVerifiedTokens } from '@jiguan/shared-schema/auth/verified-token-cache';
import { createErrorFormatter } from '@jiguan/shared-schema/format-error';
import { createGraphQLHandler } from '@jiguan/shared-schema/http/graphql-handler';
import { createHttpServer, sendJson } from '@jiguan/shared-schema/http/http-server';
import { createServiceMetrics } from '@jiguan/shared-schema/http/metrics';
import type { Logger } from '@jiguan/shared-schema/logger';
import { SUBGRAPHS, subgraphUrl } from '@jiguan/shared-schema/subgraphs';
import type { GatewayConfig } from './config.ts';
import type { GatewayContext } from './gateway-context.ts';
import { createAuthenticatedContext } from './plugins/authenticate.ts';
import { compressResponses } from './plugins/compress-response.ts';
import { createCors } from './plugins/cors.ts';
import { dedupeInflight } from './plugins/dedupe-inflight.ts';
import { AuthForwardingDataSource } from './plugins/forward-auth.ts';
import { createReadinessCheck } from './plugins/readiness.ts';
import { createRegistryRoute } from './plugins/remote-registry.ts';
import { createSubgraphFetcher } from './plugins/subgraph-fetcher.ts';
import { supergraphFromFile } from './plugins/supergraph-file.ts';

/**
 * The hub's one endpoint: @apollo/gateway over the supergraph file, JWT verification, CORS,
 * health, readiness and metrics, and the micro-frontend registry. Returns the server unstarted.
 */
export async function createGateway(config: GatewayConfig, logger: Logger) {
  // Subgraph URLs come from the supergraph; `SUBGRAPH_URL_<NAME>` moves one without recomposing.
  const overrides = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, process.env[`SUBGRAPH_URL_${s.name.toUpperCase()}`]]));
  // @apollo/gateway reads its one switch for anonymous usage data from the environment.
  if (!config.apolloTelemetry) process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  // One fetcher (and connection pool) for all subgraphs.
  const subgraphFetcher = createSubgraphFetcher({ kind: config.subgraphFetcher, connectionsPerSubgraph: config.subgraphConnections });
  const fetcher = config.dedupeSubgraphQueries ? dedupeInflight(subgraphFetcher.fetch) : subgraphFetcher.fetch;
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphFromFile({ path: config.supergraphPath, watch: config.watchSupergraph, logger }),
    buildService: ({ name, url }) => new AuthForwardingDataSource({ url: overrides[name] ?? url, fetcher }),
  });
  const metrics = createServiceMetrics({ service: 'gateway' });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    // Also under NODE_ENV=production: signed-in tools (the cockpit, BI) may read the schema.
    introspection: true,
    plugins: [ApolloServerPluginUsageReportingDisabled(), metrics.plugin],
  });
  await apollo.start();

  const verifyToken = cacheVerifiedTokens(createTokenVerifier({ jwksUrl: config.jwksUrl, issuer: config.issuer, audience: config.audience }), {
    maxEntries: config.tokenCacheSize,
    maxAgeMs: config.tokenCacheSeconds * 1000,
  });
  const answer = createGraphQLHandler(apollo, createAuthenticatedContext(verifyToken));
  const graphql = config.compressMinBytes === null ? answer : compressResponses(answer, { minBytes: config.compressMinBytes });
  const cors = createCors({ allowedOrigins: config.corsOrigins });
  const subgraphsNotReady = createReadinessCheck({
    subgraphUrls: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, overrides[s.name] ?? subgraphUrl(s)])),
  });

  const server = createHttpServer(
    {
      '* /graphql': (req, res) => (cors(req, res) ? undefined : graphql(req, res)),
      'GET /healthz': (_req, res) => sendJson(res, 200, { status: 'ok', service: 'gateway' }),
      'GET /metrics': metrics.route,
      'GET /readyz': async (_req, res) => {
        const notReady = await subgraphsNotReady();
        sendJson(res, notReady.length ? 503 : 200, notReady.length ? { status: 'unavailable', notReady } : { status: 'ready' });
      },
      'GET /registry.json': createRegistryRoute(config.registryPath),
    },
    logger,
  );
  return {
    server,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await subgraphFetcher.close();
    },
  };
}
