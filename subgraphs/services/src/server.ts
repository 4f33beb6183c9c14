import { SESSION_CHECK_MS, sessionVersionsFrom, watchSessionVersions } from '@jiguan/shared-schema/auth/session-versions';
import { createTokenVerifier } from '@jiguan/shared-schema/auth/token-verifier';
import { createSubgraphServer } from '@jiguan/shared-schema/create-subgraph-server';
import { createUnitCheck } from '@jiguan/shared-schema/directory/unit-check';
import type { Logger } from '@jiguan/shared-schema/logger';
import { servicesCatalogue } from './bi/catalogue.ts';
import type { ServicesConfig } from './config.ts';
import { createServicesContext } from './context.ts';
import { prisma, sqlStatements } from './db.ts';
import { schema } from './schema/index.ts';

/** Builds the services subgraph's HTTP server (GraphQL, health, metrics) without listening. */
export async function createServicesServer(config: ServicesConfig, logger: Logger) {
  const directory = createUnitCheck({ directoryUrl: config.directoryUrl });
  return createSubgraphServer({
    name: 'services',
    schema,
    logger,
    verifyToken: createTokenVerifier({ jwksUrl: config.jwksUrl, issuer: config.issuer, audience: config.audience }),
    sessions: await watchSessionVersions({ load: sessionVersionsFrom(config.sessionVersionsUrl), intervalMs: SESSION_CHECK_MS, logger }),
    context: (base) => createServicesContext(base, directory),
    checkReady: async () => {
      await prisma.$queryRaw`SELECT 1`;
    },
    sqlStatements: () => sqlStatements.count(),
    biCatalogue: servicesCatalogue,
  });
}
