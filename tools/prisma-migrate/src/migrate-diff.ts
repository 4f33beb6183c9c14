import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readMigrations } from '@jiguan/db/read-migrations';
import { derivePrisma6Schema } from './derive-prisma6-schema.ts';
import { readPrismaSchema } from './read-prisma-schema.ts';
import { runPrisma6 } from './run-prisma6.ts';

export interface MigrateDiffOptions {
  /** The subgraph's Prisma 7 schema: prisma/schema.prisma, or the folder of a multi-file schema. */
  schemaPath: string;
  /**
   * Start from the state these committed migrations produce. Prisma replays them in a shadow
   * database (`CREATE DATABASE` on databaseUrl; on the embedded PostgreSQL that is the one database,
   * so use a throwaway instance). Omitted, or without migrations: start from an empty database.
   */
  migrationsDir?: string;
  /** Database the schema engine connects to. */
  databaseUrl: string;
}

/**
 * The SQL that takes a database from the committed migrations (or from nothing) to the Prisma schema,
 * written by Prisma 6's `migrate diff --script`: schema-agnostic (unqualified names). Empty when
 * there is nothing to do.
 */
export async function migrateDiff(options: MigrateDiffOptions): Promise<string> {
  const workDir = mkdtempSync(join(tmpdir(), 'jiguan-migrate-diff-'));
  try {
    // Always a folder (Prisma 6 reads a multi-file schema from one); a one-file schema is a folder of one.
    const schema = join(workDir, 'schema');
    for (const file of derivePrisma6Schema(readPrismaSchema(options.schemaPath))) {
      mkdirSync(dirname(join(schema, file.path)), { recursive: true });
      writeFileSync(join(schema, file.path), file.text);
    }
    const from =
      options.migrationsDir && readMigrations(options.migrationsDir).length > 0
        ? ['--from-migrations', options.migrationsDir]
        : ['--from-empty'];
    const result = await runPrisma6(['migrate', 'diff', ...from, '--to-schema-datamodel', schema, '--script'], {
      databaseUrl: options.databaseUrl,
      schema,
    });
    if (result.status !== 0) {
      throw new Error(`prisma migrate diff failed (exit ${result.status}):\n${result.stderr.trim() || result.stdout.trim()}`);
    }
    return schemaAgnostic(result.stdout);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/**
 * Drops what ties the script to the `public` schema Prisma 6 assumes: its `CREATE SCHEMA IF NOT EXISTS
 * "public"` (it needs CREATE on the database, and migrations run with search_path set to the
 * subgraph's schema). Also maps Prisma's "empty migration" text to an empty string.
 */
function schemaAgnostic(script: string): string {
  const sql = script.replace(/^-- CreateSchema\r?\nCREATE SCHEMA IF NOT EXISTS "public";\r?\n\r?\n?/m, '');
  if (/"public"\./.test(sql)) throw new Error(`migrate diff wrote schema-qualified SQL:\n${sql}`);
  return sql.replace(/^-- This is an empty migration\.\s*$/m, '').trim() === '' ? '' : sql.trimStart();
}
