import type { DomainNames } from './domain-names.ts';

/**
 * The skeleton of a domain subgraph, file by file (paths relative to `subgraphs/<name>/`): what
 * docs/adding-a-domain.md describes, with no model of its own yet but the units it refers to and
 * its audit trail, so it composes, starts and passes its tests as it is.
 */
export function subgraphFiles(d: DomainNames): Record<string, string> {
  const roleList = (roles: readonly string[]) => `[${roles.map((role) => `'${role}'`).join(', ')}]`;
  const readers = roleList(['ADMIN', 'LEADER', ...d.writers, 'UNIT_USER']);
  const writers = roleList(['ADMIN', ...d.writers]);
  return {
    'package.json': `${JSON.stringify(
      {
        name: `@jiguan/${d.name}`,
        version: '0.1.0',
        private: true,
        type: 'module',
        description: `${d.typePrefix} subgraph (${d.title['zh-CN']})`,
        scripts: {
          generate: 'jiguan-prisma-generate',
          typecheck: 'tsc -p .',
          test: 'vitest run --configLoader runner',
          start: 'node --import tsx src/main.ts',
          dev: 'node --watch --import tsx src/main.ts',
          sdl: 'node --import tsx scripts/print-sdl.ts',
          seed: 'node --import tsx prisma/seed.ts',
        },
        dependencies: {
          '@jiguan/db': '*',
          '@jiguan/demo-data': '*',
          '@jiguan/shared-schema': '*',
          '@prisma/client': '7.10.0',
          graphql: '16.15.0',
          zod: '4.6.7',
        },
        devDependencies: { '@jiguan/runner': '*', prisma: '7.10.1' },
      },
      null,
      2,
    )}\n`,
    'tsconfig.json': `{\n  "extends": "../../tsconfig.json",\n  "include": ["src", "prisma", "scripts", "tests"]\n}\n`,
    'vitest.config.ts': `import { subgraphVitestConfig } from '@jiguan/runner/testing/subgraph-vitest-config';

export default subgraphVitestConfig();
`,
    'prisma/schema/schema.prisma': `// ${d.typePrefix} subgraph (${d.title['zh-CN']}). Lives in the PostgreSQL schema "${d.name}" (set by
// the adapter and by the migration applier). Units are the directory's Organizations, referenced by id.
// One file an aggregate beside this one (Prisma's multi-file schema).

generator client {
  provider = "prisma-client"
  output   = "../generated"
}

generator pothos {
  provider     = "prisma-pothos-types"
  clientOutput = "./client.ts"
  output       = "../generated/pothos-types.ts"
}

datasource db {
  provider = "postgresql"
}
`,
    'prisma/schema/units.prisma': `/// The ${d.name} side of a directory Organization (same id; the directory owns its name, code and
/// tree): the foreign key of everything of this domain that belongs to a unit
model Organization {
  id        String   @id
  createdAt DateTime @default(now())
}
`,
    'prisma/schema/audit.prisma': `/// Who changed what, when, with the record before and after
model AuditRecord {
  id        String   @id @default(uuid())
  /// The account that made the change
  actorId   String
  action    String
  entity    String
  entityId  String
  before    Json?
  after     Json?
  createdAt DateTime @default(now())

  @@index([entity, entityId])
  @@index([createdAt])
}
`,
    'prisma/seed.ts': `/**
 * The ${d.name} part of the songjiang-2024 demo dataset. Deterministic; runs in ONE transaction and
 * only into an empty schema, so an interrupted seed leaves nothing behind and the next start redoes it.
 */
import { DEMO_UNITS } from '@jiguan/demo-data/songjiang-units';
import { fileURLToPath } from 'node:url';
import type { PrismaClient } from './generated/client.ts';

export async function seed${d.typePrefix}(prisma: PrismaClient): Promise<'seeded' | 'already seeded'> {
  if ((await prisma.organization.count()) > 0) return 'already seeded';
  return prisma.$transaction(
    async (tx) => {
      // Two starts at once: the lock makes the second wait, and the re-check makes it seed nothing.
      await tx.$executeRaw\`SELECT pg_advisory_xact_lock(hashtext('jiguan-seed-${d.name}'))\`;
      if ((await tx.organization.count()) > 0) return 'already seeded';
      await tx.organization.createMany({ data: DEMO_UNITS.map((unit) => ({ id: unit.id })) });
      return 'seeded';
    },
    { timeout: 60_000 },
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { prisma, closeDatabase } = await import('../src/db.ts');
  console.log(\`${d.name}: \${await seed${d.typePrefix}(prisma)}\`);
  await closeDatabase();
}
`,
    'src/db.ts': `import { createSubgraphDatabase } from '@jiguan/db/create-subgraph-database';
import { quoteIdentifier } from '@jiguan/db/quote-identifier';
import { Prisma, PrismaClient } from '../prisma/generated/client.ts';

/** The PostgreSQL schema this subgraph owns. */
export const DB_SCHEMA = '${d.name}';

export const { prisma, sqlStatements, closeDatabase } = createSubgraphDatabase(DB_SCHEMA, (adapter) => new PrismaClient({ adapter }));

/** A table of this subgraph's schema for raw SQL, which the adapter does not qualify as it does Prisma's own queries. */
export const table = (model: Prisma.ModelName) => Prisma.raw(\`\${quoteIdentifier(DB_SCHEMA)}.\${quoteIdentifier(model)}\`);
`,
    'src/config.ts': `import { DEFAULT_HOST } from '@jiguan/shared-schema/http/http-server';

/** The ${d.name} subgraph's settings, from the environment; defaults run the demo on one machine. */
export interface ${d.typePrefix}Config {
  /** Default ${d.port}. */
  port: number;
  /** The address to listen on (\`HOST\`, default 127.0.0.1: this machine only). */
  host: string;
  /** Where the directory publishes the token signing keys. */
  jwksUrl: string;
  /** Where the directory publishes the accounts' session versions (\`SESSION_VERSIONS_URL\`, default beside the JWKS). */
  sessionVersionsUrl: string;
  /** Expected token issuer and audience; default the hub's own (see token-claims.ts). */
  issuer: string | undefined;
  audience: string | undefined;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ${d.typePrefix}Config {
  const jwksUrl = env.JWKS_URL ?? 'http://localhost:4001/.well-known/jwks.json';
  return {
    port: Number(env.PORT ?? ${d.port}),
    host: env.HOST || DEFAULT_HOST,
    jwksUrl,
    sessionVersionsUrl: env.SESSION_VERSIONS_URL ?? new URL('/session-versions', jwksUrl).href,
    issuer: env.JWT_ISSUER,
    audience: env.JWT_AUDIENCE,
  };
}
`,
    'src/scope-rules.ts': `import { defineScopeRules, EVERYONE } from '@jiguan/shared-schema/scope/scope-rules';
import type { Prisma } from '../prisma/generated/client.ts';

/**
 * Which rows of the ${d.name} domain a viewer sees (the hub's data scope, see
 * shared-schema/src/auth/visible-unit-ids.ts): give every model you add its rule, as paths to the
 * unit columns that make a row visible (\`{ units: ['organizationId'] }\`).
 */
export const ${d.name.replaceAll('-', '')}ScopeRules = defineScopeRules<Prisma.ModelName>({
  rules: {
    Organization: EVERYONE,
    // The trail is for staff and admins (field scope); it names no unit.
    AuditRecord: EVERYONE,
  },
});
`,
    'src/context.ts': `import type { HubContext, ScopedContext } from '@jiguan/shared-schema/context';
import { createScopedClients } from '@jiguan/shared-schema/scope/create-scoped-client';
import type { ActionContext } from '@jiguan/shared-schema/workflow/run-transition';
import { getDatamodel } from '../prisma/generated/pothos-types.ts';
import type { PrismaClient } from '../prisma/generated/client.ts';
import { prisma } from './db.ts';
import { ${d.name.replaceAll('-', '')}ScopeRules } from './scope-rules.ts';

/** What the ${d.name} resolvers receive: the viewer and the request's scoped Prisma client. */
export type ${d.typePrefix}Context = ScopedContext<PrismaClient>;

/** What every action receives: the actor and the request's scoped client. */
export type ${d.typePrefix}ActionContext = ActionContext<PrismaClient>;

const scopedClients = createScopedClients(prisma, getDatamodel(), ${d.name.replaceAll('-', '')}ScopeRules);

/** The context of one request: every read it makes sees only the viewer's rows. */
export function create${d.typePrefix}Context(base: HubContext): ${d.typePrefix}Context {
  return { ...base, db: scopedClients.forViewer(base.viewer) };
}
`,
    'src/builder.ts': `import { createBuilder } from '@jiguan/shared-schema/create-builder';
import type PrismaTypes from '../prisma/generated/pothos-types.ts';
import { getDatamodel } from '../prisma/generated/pothos-types.ts';
import type { ${d.typePrefix}Context } from './context.ts';

// \`mutations: false\` until the domain's first mutation (GraphQL refuses an empty Mutation type): then remove it.
export const builder = createBuilder<PrismaTypes, ${d.typePrefix}Context>({ dmmf: getDatamodel(), mutations: false });
`,
    'src/domain/access.ts': `import type { Role } from '@jiguan/shared-schema/auth/viewer';
import { domainAccess } from '@jiguan/shared-schema/schema/domain-access';

/** Roles that may read this domain (each within their data scope). */
export const ${d.constant}_READERS: Role[] = ${readers};
/** Roles that may change anything in this domain. */
export const ${d.constant}_WRITERS: Role[] = ${writers};

/** The field scopes of the ${d.name} domain. */
export const ${d.name.replaceAll('-', '')}Access = domainAccess({ readers: ${d.constant}_READERS, writers: ${d.constant}_WRITERS });
`,
    'src/schema/organization.ts': `import { builder } from '../builder.ts';

/**
 * The ${d.name} side of a unit (单位): the directory owns the Organization entity (name, code, tree);
 * every aggregate file adds the unit's records of its kind to it.
 */
export const OrganizationRef = builder.prismaObject('Organization', {
  // No description: the directory's, the owner's, is the one the supergraph shows.
  fields: (t) => ({
    id: t.exposeID('id'),
  }),
});

builder.asEntity(OrganizationRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, context) => context.db.organization.findUnique({ where: { id } }),
});
`,
    'src/schema/audit-record.ts': `import { defineAuditRecordType } from '@jiguan/shared-schema/schema/audit-record-type';
import { builder } from '../builder.ts';
import { ${d.constant}_WRITERS } from '../domain/access.ts';

/** ${d.typePrefix}AuditRecord and ${d.name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase())}AuditRecords: the trail, for staff and admins. */
defineAuditRecordType(builder, { domain: '${d.typePrefix}', readers: ${d.constant}_WRITERS });
`,
    'src/schema/index.ts': `import { builder } from '../builder.ts';
import './organization.ts';
// The aggregates of the domain, one file each
import './audit-record.ts';

/** The ${d.name} subgraph's federated schema. */
export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
`,
    'src/server.ts': `import { SESSION_CHECK_MS, sessionVersionsFrom, watchSessionVersions } from '@jiguan/shared-schema/auth/session-versions';
import { createTokenVerifier } from '@jiguan/shared-schema/auth/token-verifier';
import { createSubgraphServer } from '@jiguan/shared-schema/create-subgraph-server';
import type { Logger } from '@jiguan/shared-schema/logger';
import { ${d.name.replaceAll('-', '')}Catalogue } from './bi/catalogue.ts';
import type { ${d.typePrefix}Config } from './config.ts';
import { create${d.typePrefix}Context } from './context.ts';
import { prisma, sqlStatements } from './db.ts';
import { schema } from './schema/index.ts';

/** Builds the ${d.name} subgraph's HTTP server (GraphQL, health, metrics) without listening. */
export async function create${d.typePrefix}Server(config: ${d.typePrefix}Config, logger: Logger) {
  return createSubgraphServer({
    name: '${d.name}',
    schema,
    logger,
    verifyToken: createTokenVerifier({ jwksUrl: config.jwksUrl, issuer: config.issuer, audience: config.audience }),
    sessions: await watchSessionVersions({ load: sessionVersionsFrom(config.sessionVersionsUrl), intervalMs: SESSION_CHECK_MS, logger }),
    context: create${d.typePrefix}Context,
    checkReady: async () => {
      await prisma.$queryRaw\`SELECT 1\`;
    },
    sqlStatements: () => sqlStatements.count(),
    biCatalogue: ${d.name.replaceAll('-', '')}Catalogue,
  });
}
`,
    'src/bi/catalogue.ts': `import type { BiDataset } from '@jiguan/shared-schema/bi/dataset-catalogue';

/**
 * The ${d.name} domain's BI datasets: the views its \`bi/migrations/\` create in the schema
 * bi_${d.name}, one flat row per fact (docs/bi.md "Adding a domain's datasets").
 * \`tests/bi/catalogue.test.ts\` fails while the views and this list differ.
 */
export const ${d.name.replaceAll('-', '')}Catalogue: BiDataset[] = [];
`,
    'bi/migrations/README.md': `The ${d.name} domain's BI views, one folder a migration (\`<timestamp>_<name>/migration.sql\`), applied
into the schema \`bi_${d.name}\` after every subgraph's own migrations. See docs/bi.md.
`,
    'tests/bi/catalogue.test.ts': `import { biCatalogueContractTests } from '@jiguan/runner/testing/bi-dataset-tests';
import { ${d.name.replaceAll('-', '')}Catalogue } from '../../src/bi/catalogue.ts';

// The views of bi_${d.name} are the catalogue's datasets, column for column.
biCatalogueContractTests('bi_${d.name}', ${d.name.replaceAll('-', '')}Catalogue);
`,
    'src/main.ts': `import { serveUntilStopped } from '@jiguan/shared-schema/http/serve-until-stopped';
import { loadConfig } from './config.ts';
import { closeDatabase } from './db.ts';
import { create${d.typePrefix}Server } from './server.ts';

const config = loadConfig();
await serveUntilStopped({ name: '${d.name}', port: config.port, host: config.host, create: (logger) => create${d.typePrefix}Server(config, logger), afterStop: closeDatabase });
`,
    'scripts/print-sdl.ts': `/** Writes schema.graphql, the SDL that composition reads (\`npm run sdl\`; then \`npm run compose\` at the root). */
import { writeSubgraphSdl } from '@jiguan/shared-schema/write-subgraph-sdl';

// Printing the schema touches no database, but db.ts wants a URL to build its (lazy) pool.
process.env.DATABASE_URL ??= 'postgresql://localhost/sdl-printing-uses-no-database';
const { schema } = await import('../src/schema/index.ts');
await writeSubgraphSdl('${d.name}', schema);
`,
    'tests/sdl.test.ts': `import { printSubgraphSdl } from '@jiguan/shared-schema/print-subgraph-sdl';
import { readCheckedInSdl } from '@jiguan/shared-schema/write-subgraph-sdl';
import { expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';

it('the checked-in schema.graphql matches the code (else run \`npm run compose\`)', async () => {
  expect(await readCheckedInSdl('${d.name}')).toBe(printSubgraphSdl(schema));
});
`,
    'tests/hub/access.test.ts': `import { as, asDirectAt, dataOf, expectError } from '@jiguan/runner/testing/demo-client';
import { postGraphQL } from '@jiguan/runner/testing/graphql-client';
import { testHub } from '@jiguan/runner/testing/test-hub';
import { describe, expect, it } from 'vitest';

const TRAIL = '{ ${d.name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase())}AuditRecords(first: 1) { totalCount } }';

describe('the ${d.name} subgraph in the hub', () => {
  it('keeps its audit trail to staff and admins', async () => {
    expect(dataOf(await as('admin', TRAIL))).toBeDefined();
    for (const user of ['unit', 'bi'] as const) expectError(await as(user, TRAIL), 'FORBIDDEN');
  });

  it('refuses an anonymous caller, at the gateway and at the subgraph', async () => {
    for (const url of [testHub().gatewayUrl, testHub().subgraphUrls['${d.name}'] ?? '']) {
      expect((await postGraphQL(url, TRAIL)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(dataOf(await asDirectAt('${d.name}', 'admin', TRAIL))).toBeDefined();
  });
});
`,
  };
}
