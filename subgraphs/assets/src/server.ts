import { SESSION_CHECK_MS, sessionVersionsFrom, watchSessionVersions } from '@jiguan/shared-schema/auth/session-versions';
import { createTokenVerifier } from '@jiguan/shared-schema/auth/token-verifier';
import { createUnitCheck } from '@jiguan/shared-schema/directory/unit-check';
import { createSubgraphServer } from '@jiguan/shared-schema/create-subgraph-server';
import type { Logger } from '@jiguan/shared-schema/logger';
import { assetsCatalogue } from './bi/catalogue.ts';
import type { AssetsConfig } from './config.ts';
import { createAssetsContext } from './context.ts';
import { prisma, sqlStatements } from './db.ts';
import { schema } from './schema/index.ts';

/** Builds the assets subgraph's HTTP server (GraphQL, health, metrics) without listening. */
export async function createAssetsServer(config: AssetsConfig, logger: Logger) {
  const units = createUnitCheck({ directoryUrl: config.directoryUrl });
  return createSubgraphServer({
    name: 'assets',
    schema,
    logger,
    verifyToken: createTokenVerifier({ jwksUrl: config.jwksUrl, issuer: config.issuer, audience: config.audience }),
    sessions: await watchSessionVersions({ load: sessionVersionsFrom(config.sessionVersionsUrl), intervalMs: SESSION_CHECK_MS, logger }),
    context: (base) => createAssetsContext(base, units),
    checkReady: async () => {
      await prisma.$queryRaw`SELECT 1`;
    },
    sqlStatements: () => sqlStatements.count(),
    biCatalogue: assetsCatalogue,
  });
}
