import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { applyMigrations } from '../src/apply-migrations.ts';
import { databaseTargets } from '@jiguan/embedded-postgres/testing/database-targets';
import { dropSchema, query, uniqueSchema } from '@jiguan/embedded-postgres/testing/sql';

const fixtureMigrations = fileURLToPath(new URL('./fixtures/sample/prisma/migrations', import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), 'jiguan-migrations-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** A copy of the fixture's migrations plus extra ones, so a test can change files freely. */
function migrationsDir(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(workDir, 'm-'));
  cpSync(fixtureMigrations, dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

/** What Prisma writes when an enum loses a value: its own BEGIN/COMMIT inside the migration. */
const ENUM_REWRITE = `-- AlterEnum
BEGIN;
CREATE TYPE "OrganizationKind_new" AS ENUM ('PARTY_GOVERNMENT', 'INSTITUTION');
ALTER TABLE "Organization" ALTER COLUMN "kind" DROP DEFAULT;
ALTER TABLE "Organization" ALTER COLUMN "kind" TYPE "OrganizationKind_new" USING ("kind"::text::"OrganizationKind_new");
ALTER TYPE "OrganizationKind" RENAME TO "OrganizationKind_old";
ALTER TYPE "OrganizationKind_new" RENAME TO "OrganizationKind";
DROP TYPE "OrganizationKind_old";
ALTER TABLE "Organization" ALTER COLUMN "kind" SET DEFAULT 'INSTITUTION';
COMMIT;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN "email" TEXT;
`;

describe.each(databaseTargets())('applyMigrations on $name', ({ url }) => {
  const schemas: string[] = [];
  const freshSchema = (): string => {
    const schema = uniqueSchema('apply');
    schemas.push(schema);
    return schema;
  };
  afterEach(async () => {
    for (const schema of schemas.splice(0)) await dropSchema(url, schema);
  });

  it('applies pending migrations into the schema, records them like Prisma, and is idempotent', async () => {
    const schema = freshSchema();
    const dir = migrationsDir({ '20250201000000_enum_rewrite': ENUM_REWRITE });

    expect(await applyMigrations({ databaseUrl: url, schema, migrationsDir: dir })).toEqual([
      '20250101000000_init',
      '20250201000000_enum_rewrite',
    ]);
    expect(await applyMigrations({ databaseUrl: url, schema, migrationsDir: dir })).toEqual([]);

    const rows = await query<{ migration_name: string; checksum: string; applied_steps_count: number; done: boolean }>(
      url,
      `SELECT migration_name, checksum, applied_steps_count, finished_at IS NOT NULL AS done
         FROM ${schema}._prisma_migrations ORDER BY migration_name`,
    );
    const sha256 = (name: string) =>
      createHash('sha256').update(readFileSync(join(dir, name, 'migration.sql'))).digest('hex');
    expect(rows).toEqual([
      { migration_name: '20250101000000_init', checksum: sha256('20250101000000_init'), applied_steps_count: 1, done: true },
      {
        migration_name: '20250201000000_enum_rewrite',
        checksum: sha256('20250201000000_enum_rewrite'),
        applied_steps_count: 1,
        done: true,
      },
    ]);

    // Prisma's bookkeeping table, column for column.
    const columns = await query(
      url,
      `SELECT column_name, data_type, character_maximum_length AS length, is_nullable, column_default
         FROM information_schema.columns WHERE table_schema = $1 AND table_name = '_prisma_migrations'
        ORDER BY ordinal_position`,
      [schema],
    );
    expect(columns).toEqual([
      { column_name: 'id', data_type: 'character varying', length: 36, is_nullable: 'NO', column_default: null },
      { column_name: 'checksum', data_type: 'character varying', length: 64, is_nullable: 'NO', column_default: null },
      { column_name: 'finished_at', data_type: 'timestamp with time zone', length: null, is_nullable: 'YES', column_default: null },
      { column_name: 'migration_name', data_type: 'character varying', length: 255, is_nullable: 'NO', column_default: null },
      { column_name: 'logs', data_type: 'text', length: null, is_nullable: 'YES', column_default: null },
      { column_name: 'rolled_back_at', data_type: 'timestamp with time zone', length: null, is_nullable: 'YES', column_default: null },
      { column_name: 'started_at', data_type: 'timestamp with time zone', length: null, is_nullable: 'NO', column_default: 'now()' },
      { column_name: 'applied_steps_count', data_type: 'integer', length: null, is_nullable: 'NO', column_default: '0' },
    ]);

    // The enum rewrite's own BEGIN/COMMIT did not end the transaction early: all of it is in the schema.
    const enumValues = await query(
      url,
      `SELECT e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = $1 AND t.typname = 'OrganizationKind' ORDER BY e.enumsortorder`,
      [schema],
    );
    expect(enumValues).toEqual([{ enumlabel: 'PARTY_GOVERNMENT' }, { enumlabel: 'INSTITUTION' }]);
    const email = await query(
      url,
      "SELECT 1 FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'Person' AND column_name = 'email'",
      [schema],
    );
    expect(email).toHaveLength(1);
  });

  it('refuses to run when an applied migration was changed', async () => {
    const schema = freshSchema();
    const dir = migrationsDir();
    await applyMigrations({ databaseUrl: url, schema, migrationsDir: dir });
    appendFileSync(join(dir, '20250101000000_init', 'migration.sql'), '\n-- edited afterwards\n');
    await expect(applyMigrations({ databaseUrl: url, schema, migrationsDir: dir })).rejects.toThrow(
      /20250101000000_init was changed after it was applied/,
    );
  });

  it('rolls a failing migration back entirely, records the failure and refuses until it is resolved', async () => {
    const schema = freshSchema();
    const broken = 'CREATE TABLE "Half" (id int);\nSELECT 1 / 0;\n';
    const dir = migrationsDir({ '20250301000000_broken': broken });

    await expect(applyMigrations({ databaseUrl: url, schema, migrationsDir: dir })).rejects.toThrow(
      /20250301000000_broken failed .*division by zero/s,
    );
    expect(await query(url, `SELECT to_regclass('${schema}."Half"') AS half`)).toEqual([{ half: null }]);
    await expect(applyMigrations({ databaseUrl: url, schema, migrationsDir: dir })).rejects.toThrow(
      /20250301000000_broken failed earlier .*rolled_back_at = now\(\)/s,
    );

    // The way out the error message names: fix the migration, mark the attempt rolled back.
    writeFileSync(join(dir, '20250301000000_broken', 'migration.sql'), 'CREATE TABLE "Half" (id int);\n');
    await query(url, `UPDATE ${schema}._prisma_migrations SET rolled_back_at = now() WHERE finished_at IS NULL`);
    expect(await applyMigrations({ databaseUrl: url, schema, migrationsDir: dir })).toEqual(['20250301000000_broken']);
  });

  it('lets two appliers start at once without applying anything twice', async () => {
    const schema = freshSchema();
    const dir = migrationsDir({ '20250201000000_enum_rewrite': ENUM_REWRITE });
    const [a, b] = await Promise.all([
      applyMigrations({ databaseUrl: url, schema, migrationsDir: dir }),
      applyMigrations({ databaseUrl: url, schema, migrationsDir: dir }),
    ]);
    expect([...a, ...b].sort()).toEqual(['20250101000000_init', '20250201000000_enum_rewrite']);
    expect(await query(url, `SELECT count(*)::int AS n FROM ${schema}._prisma_migrations`)).toEqual([{ n: 2 }]);
  });

  it('treats a missing migrations directory as no migrations', async () => {
    const schema = freshSchema();
    expect(await applyMigrations({ databaseUrl: url, schema, migrationsDir: join(workDir, 'none') })).toEqual([]);
  });
});
