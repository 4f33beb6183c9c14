import { API_KEY_VERIFY_PATH } from '@jiguan/shared-schema/bi/api-key-contract';
import { SESSION_CHECK_MS } from '@jiguan/shared-schema/auth/session-versions';
import { createTokenVerifier } from '@jiguan/shared-schema/auth/token-verifier';
import { createSubgraphServer } from '@jiguan/shared-schema/create-subgraph-server';
import { sendJson } from '@jiguan/shared-schema/http/http-server';
import type { Logger } from '@jiguan/shared-schema/logger';
import { createLocalJWKSet } from 'jose';
import { apiKeyVerifyRoute } from './auth/api-key-verify-route.ts';
import { createLoginThrottle } from './auth/login-throttle.ts';
import { raisedSessionVersions, sessionTable } from './auth/session-table.ts';
import { loadSigningKey } from './auth/signing-key.ts';
import { directoryCatalogue } from './bi/catalogue.ts';
import type { DirectoryConfig } from './config.ts';
import { createDirectoryContext } from './context.ts';
import { prisma, sqlStatements } from './db.ts';
import { schema } from './schema/index.ts';

/** Path of the public signing keys, where the gateway and every subgraph fetch them. */
export const JWKS_PATH = '/.well-known/jwks.json';
/** Path of the accounts' current session versions, which every service reads every few seconds. */
export const SESSION_VERSIONS_PATH = '/session-versions';



/** Builds the directory's HTTP server (GraphQL, JWKS, health) without listening. */
export async function createDirectoryServer(config: DirectoryConfig, logger: Logger) {
  const key = await loadSigningKey({ pem: config.privateKeyPem, dataDir: config.dataDir });
  const tokens = { key, ttlSeconds: config.tokenTtlSeconds, issuer: config.issuer, audience: config.audience };
  // The directory checks its own tokens with its own key: no round trip to its JWKS.
  const loginThrottle = createLoginThrottle(config.loginThrottle);
  await sessionTable.watch({ load: raisedSessionVersions, intervalMs: SESSION_CHECK_MS, logger });
  const verifyToken = createTokenVerifier({ key: createLocalJWKSet({ keys: [key.publicJwk] }), issuer: config.issuer, audience: config.audience });
  return createSubgraphServer({
    name: 'directory',
    schema,
    logger,
    verifyToken,
    publicRootFields: ['login'],
    sessions: sessionTable,
    context: (base) => createDirectoryContext(base, tokens, loginThrottle),
    routes: {
      [`GET ${JWKS_PATH}`]: (_req, res) => sendJson(res, 200, { keys: [key.publicJwk] }, { 'cache-control': 'public, max-age=300' }),
      // Account ids and counters only; the services listen on this machine only.
      [`GET ${SESSION_VERSIONS_PATH}`]: (_req, res) => sendJson(res, 200, { versions: sessionTable.table() }, { 'cache-control': 'no-store' }),
      // The gateway checks a BI tool's API key here on every export request.
      [`POST ${API_KEY_VERIFY_PATH}`]: apiKeyVerifyRoute(logger),
    },
    checkReady: async () => {
      await prisma.$queryRaw`SELECT 1`;
    },
    sqlStatements: () => sqlStatements.count(),
    biCatalogue: directoryCatalogue,
  });
}
