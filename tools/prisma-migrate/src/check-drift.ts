import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import pg from 'pg';
import { applyMigrations } from '@jiguan/db/apply-migrations';
import { prismaSchemaPath } from '@jiguan/db/prisma-schema-path';
import { quoteIdentifier } from '@jiguan/db/quote-identifier';
import { describeCatalog } from './describe-catalog.ts';
import { migrateDiff } from './migrate-diff.ts';
import { readPrismaSchema } from './read-prisma-schema.ts';

export interface CheckDriftOptions {
  /** Folder of the subgraph, holding prisma/schema.prisma (or the folder prisma/schema/) and prisma/migrations. */
  subgraphDir: string;
  /** Database to build the two throwaway schemas in (embedded or real PostgreSQL). */
  databaseUrl: string;
}

export interface DriftReport {
  subgraph: string;
  /** Catalog lines that differ, each prefixed by where it is found; empty when there is no drift. */
  differences: string[];
}

/**
 * Proves that a subgraph's committed migrations produce exactly its Prisma schema: applies the
 * migrations into one fresh schema, Prisma's SQL for the whole schema (`migrate diff --from-empty`)
 * into another, and compares the two catalogs. A model changed without a migration shows up as
 * differences. Both schemas are dropped afterwards.
 *
 * What Prisma's schema language cannot say (an exclusion constraint, a partial index, a check) a
 * migration writes by hand; the subgraph also keeps that SQL in `prisma/beyond-prisma.sql`, which is
 * applied after Prisma's script, so the expected catalog has it too and each side still shows what
 * the other lacks (a hand-written object dropped from either file is a difference).
 */
export async function checkDrift(options: CheckDriftOptions): Promise<DriftReport> {
  const subgraph = basename(options.subgraphDir);
  const suffix = randomBytes(4).toString('hex');
  const fromMigrations = `drift_${suffix}_migrations`;
  const fromSchema = `drift_${suffix}_schema`;
  const workDir = mkdtempSync(join(tmpdir(), 'jiguan-drift-'));
  try {
    await applyMigrations({
      databaseUrl: options.databaseUrl,
      schema: fromMigrations,
      migrationsDir: join(options.subgraphDir, 'prisma', 'migrations'),
    });

    // Prisma's full script, applied the same way (as a single migration, search_path on the schema).
    const schemaPath = prismaSchemaPath(options.subgraphDir);
    if (schemaPath === null) throw new Error(`no Prisma schema in ${options.subgraphDir}/prisma`);
    const beyondPrisma = join(options.subgraphDir, 'prisma', 'beyond-prisma.sql');
    const sql = (await scriptFromEmpty(schemaPath, options.databaseUrl)) + (existsSync(beyondPrisma) ? `\n${readFileSync(beyondPrisma, 'utf8')}` : '');
    mkdirSync(join(workDir, '0_expected'));
    writeFileSync(join(workDir, '0_expected', 'migration.sql'), sql);
    await applyMigrations({ databaseUrl: options.databaseUrl, schema: fromSchema, migrationsDir: workDir });

    const [migrated, expected] = await Promise.all([
      describeCatalog(options.databaseUrl, fromMigrations),
      describeCatalog(options.databaseUrl, fromSchema),
    ]);
    const inExpected = new Set(expected);
    const inMigrated = new Set(migrated);
    return {
      subgraph,
      differences: [
        ...migrated.filter((line) => !inExpected.has(line)).map((line) => `only in the migrations: ${line}`),
        ...expected.filter((line) => !inMigrated.has(line)).map((line) => `only in schema.prisma:  ${line}`),
      ],
    };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
    await dropSchemas(options.databaseUrl, [fromMigrations, fromSchema]);
  }
}

/**
 * Prisma's script from an empty database depends on the schema text alone, not on the database, so
 * it is made once per schema text and process (a check on several databases runs the CLI once).
 */
const scripts = new Map<string, Promise<string>>();

function scriptFromEmpty(schemaPath: string, databaseUrl: string): Promise<string> {
  const key = createHash('sha256').update(JSON.stringify(readPrismaSchema(schemaPath))).digest('hex');
  let script = scripts.get(key);
  if (!script) {
    script = migrateDiff({ schemaPath, databaseUrl });
    script.catch(() => scripts.delete(key));
    scripts.set(key, script);
  }
  return script;
}

async function dropSchemas(databaseUrl: string, schemas: string[]): Promise<void> {
  const client = new pg.Client(databaseUrl);
  client.on('error', () => {});
  await client.connect();
  try {
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${quoteIdentifier(schema)} CASCADE`);
  } finally {
    await client.end();
  }
}
