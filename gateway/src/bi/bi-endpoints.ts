import type { IncomingMessage } from 'node:http';
import type { RequestAuthentication } from '@jiguan/shared-schema/auth/authenticate-request';
import type { Logger } from '@jiguan/shared-schema/logger';
import type { GatewayConcern } from '../gateway-concern.ts';
import { createApiKeyVerifier } from './api-key-verifier.ts';
import { createBiCallerAuthenticator } from './authenticate-bi-caller.ts';
import { createBiDatabase } from './bi-database.ts';
import type { BiSettings } from './bi-settings.ts';
import { createCatalogueSource } from './dataset-catalogue-source.ts';
import { datasetExportRoute } from './dataset-export-route.ts';
import { datasetsRoute } from './datasets-route.ts';
import { odataRoutes } from './odata-routes.ts';

/**
 * The hub's BI endpoints (docs/bi.md): the catalogue and streamed exports under /bi/datasets
 * and the OData v4 feed under /odata, over the datasets every subgraph publishes, read from
 * PostgreSQL as the caller (an API key or a BI_READER/LEADER/ADMIN account) may see them.
 */
export function biEndpoints(options: {
  settings: BiSettings;
  subgraphs: () => ReadonlyMap<string, string>;
  authenticateToken: (req: IncomingMessage) => Promise<RequestAuthentication>;
  trustProxy: boolean;
  subgraphTimeoutMs: number;
  logger: Logger;
}): GatewayConcern {
  const { settings, logger } = options;
  const database = createBiDatabase({ url: settings.databaseUrl, poolSize: settings.poolSize, statementTimeoutMs: settings.statementTimeoutMs });
  const catalogue = createCatalogueSource({ subgraphs: options.subgraphs, timeoutMs: options.subgraphTimeoutMs, cacheMs: settings.catalogueCacheMs, logger });
  const authenticate = createBiCallerAuthenticator({
    authenticateToken: options.authenticateToken,
    verifyApiKey: createApiKeyVerifier({ directoryOrigin: () => options.subgraphs().get('directory'), timeoutMs: settings.apiKeyTimeoutMs }),
  });
  const shared = { authenticate, catalogue, database, logger };
  return {
    name: 'bi-endpoints',
    routes: {
      'GET /bi/datasets': datasetsRoute(shared),
      'GET /bi/datasets/*': datasetExportRoute(shared),
      ...odataRoutes({ ...shared, pageSize: settings.odataPageSize, trustProxy: options.trustProxy }),
    },
    stop: () => database.stop(),
  };
}
