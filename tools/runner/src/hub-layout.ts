import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { SUBGRAPHS } from '@jiguan/shared-schema/subgraphs';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

/** Default ports; each can be moved with the env variable named beside it. */
export const DEFAULT_PORTS = {
  postgres: 5439, // JIGUAN_PG_PORT
  gateway: 4000, // GATEWAY_PORT
};

/** The built micro-frontends served by `npm start`, with their ports; `shell` is the host. */
export const FRONTENDS = [
  { name: 'shell', port: 4100 },
  { name: 'admin', port: 4101 },
  { name: 'assets', port: 4102 },
  { name: 'services', port: 4103 },
  { name: 'party', port: 4105 },
  { name: 'finance', port: 4104 },
] as const;

/** The embedded PostgreSQL's process (`ready <url>` on stdout), started when no DATABASE_URL is given. */
export const EMBEDDED_POSTGRES_MAIN = createRequire(import.meta.url).resolve('@jiguan/embedded-postgres/embedded-postgres-main');

export const subgraphDir = (name: string) => resolve(REPO_ROOT, 'subgraphs', name);
export const frontendDist = (name: string) => resolve(REPO_ROOT, 'frontends', name, 'dist');
export const isBuilt = (name: string) => existsSync(resolve(frontendDist(name), 'index.html'));

export { SUBGRAPHS };
