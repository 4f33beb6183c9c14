import type { ServerResponse } from 'node:http';
import { claimsOf, DEFAULT_AUDIENCE, DEFAULT_ISSUER } from '@jiguan/shared-schema/auth/token-claims';
import type { BiDataset } from '@jiguan/shared-schema/bi/dataset-catalogue';
import { viewerFixture } from '@jiguan/shared-schema/testing/viewer-fixture';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { federation, startFederation, type Federation } from '../../federation/harness/start-federation.ts';

export interface KeyCaller {
  name: string;
  datasets: string[] | null;
  unitIds: string[] | null;
}

export interface BiHub {
  federation: Federation;
  origin: string;
  /** A signed token of the stand-in directory for this viewer. */
  token(viewer?: Partial<Viewer>): Promise<string>;
  /** The stand-in directory's API keys: a caller, or the 401 code it answers (revoked, expired). */
  keys: Map<string, KeyCaller | 'API_KEY_REVOKED' | 'API_KEY_EXPIRED'>;
  /** How often the directory was asked to verify a key. */
  verifications: () => number;
  stop(): Promise<void>;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/**
 * Our gateway over two subgraphs, as the BI endpoints meet them: `fixture`, whose GET /bi/catalogue
 * lists `datasets`, and `directory`, a stand-in with the parts of the directory the gateway asks
 * (its JWKS, the session versions, POST /bi/api-keys/verify per the contract).
 */
export async function startBiHub(options: { databaseUrl: string; datasets: BiDataset[]; env?: Record<string, string> }): Promise<BiHub> {
  const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  const jwk = { ...(await exportJWK(publicKey)), kid: 'bi-test', alg: 'EdDSA', use: 'sig' };
  const keys: BiHub['keys'] = new Map();
  let verifications = 0;
  const fed = await startFederation(
    [
      {
        name: 'directory',
        typeDefs: `${federation(['@key'])} type Query { directoryPing: String }`,
        resolvers: { Query: { directoryPing: () => 'pong' } },
        routes: {
          'GET /.well-known/jwks.json': (_req, res) => json(res, 200, { keys: [jwk] }),
          'GET /session-versions': (_req, res) => json(res, 200, { versions: {} }),
          'POST /bi/api-keys/verify': async (req, res) => {
            verifications++;
            const chunks: Buffer[] = [];
            for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
            const { key } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { key: string };
            const known = keys.get(key);
            if (known === undefined) return json(res, 401, { error: { code: 'API_KEY_INVALID', message: 'API 密钥无效' } });
            if (typeof known === 'string') return json(res, 401, { error: { code: known, message: known === 'API_KEY_REVOKED' ? 'API 密钥已吊销' : 'API 密钥已过期' } });
            json(res, 200, { caller: known });
          },
        },
      },
      {
        name: 'fixture',
        typeDefs: `${federation(['@key'])} type Query { fixturePing: String }`,
        resolvers: { Query: { fixturePing: () => 'pong' } },
        routes: { 'GET /bi/catalogue': (_req, res) => json(res, 200, { datasets: options.datasets }) },
      },
    ],
    {
      env: (origins) => ({
        BI_DATABASE_URL: options.databaseUrl,
        BI_CATALOGUE_CACHE_MS: '0',
        JWKS_URL: `${origins.directory}/.well-known/jwks.json`,
        SESSION_VERSIONS_URL: `${origins.directory}/session-versions`,
        ...options.env,
      }),
    },
  );
  return {
    federation: fed,
    origin: fed.origin,
    keys,
    verifications: () => verifications,
    async token(overrides = {}) {
      const viewer = viewerFixture({ roles: ['BI_READER'], dataScope: 'ALL', organizationIds: null, ...overrides });
      return new SignJWT({ ...claimsOf(viewer) })
        .setProtectedHeader({ alg: 'EdDSA', kid: jwk.kid })
        .setSubject(viewer.accountId)
        .setIssuer(DEFAULT_ISSUER)
        .setAudience(DEFAULT_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('10m')
        .sign(privateKey);
    },
    stop: () => fed.stop(),
  };
}
