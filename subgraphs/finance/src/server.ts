import { SESSION_CHECK_MS, sessionVersionsFrom, watchSessionVersions } from '@jiguan/shared-schema/auth/session-versions';
import { createTokenVerifier } from '@jiguan/shared-schema/auth/token-verifier';
import { createSubgraphServer } from '@jiguan/shared-schema/create-subgraph-server';
import { createUnitCheck } from '@jiguan/shared-schema/directory/unit-check';
import type { Logger } from '@jiguan/shared-schema/logger';
import { financeCatalogue } from './bi/catalogue.ts';
import type { FinanceConfig } from './config.ts';
import { createFinanceContext } from './context.ts';
import { prisma, sqlStatements } from './db.ts';
import { schema } from './schema/index.ts';

/** Builds the finance subgraph's HTTP server (GraphQL, health, metrics) without listening. */
export async function createFinanceServer(config: FinanceConfig, logger: Logger) {
  const directory = createUnitCheck({ directoryUrl: config.directoryUrl });
  return createSubgraphServer({
    name: 'finance',
    schema,
    logger,
    verifyToken: createTokenVerifier({ jwksUrl: config.jwksUrl, issuer: config.issuer, audience: config.audience }),
    sessions: await watchSessionVersions({ load: sessionVersionsFrom(config.sessionVersionsUrl), intervalMs: SESSION_CHECK_MS, logger }),
    context: (base) => createFinanceContext(base, directory),
    checkReady: async () => {
      await prisma.$queryRaw`SELECT 1`;
    },
    sqlStatements: () => sqlStatements.count(),
    biCatalogue: financeCatalogue,
  });
}
