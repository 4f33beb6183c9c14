import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { checkDrift } from '../src/check-drift.ts';
import { createMigration } from '../src/create-migration.ts';
import { multiFileSample } from './helpers/multi-file-sample.ts';

const workDir = mkdtempSync(join(tmpdir(), 'jiguan-create-migration-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('createMigration', () => {
  // A subgraph folder with the fixture's schema and no migrations yet.
  const subgraphDir = join(workDir, 'sample');
  cpSync(fileURLToPath(new URL('./fixtures/sample/prisma/schema.prisma', import.meta.url)), join(subgraphDir, 'prisma', 'schema.prisma'));
  const schemaPath = join(subgraphDir, 'prisma', 'schema.prisma');
  const migrationsDir = join(subgraphDir, 'prisma', 'migrations');

  it('writes the first migration from nothing, schema-agnostic, with Prisma’s migration_lock.toml', async () => {
    const folder = await createMigration({ subgraphDir, name: 'init', now: new Date('2025-03-01T08:00:00Z') });
    expect(folder).toBe(join(migrationsDir, '20250301080000_init'));
    const sql = readFileSync(join(folder!, 'migration.sql'), 'utf8');
    expect(sql).toMatch(/^-- CreateEnum\nCREATE TYPE "OrganizationKind"/);
    expect(sql).toContain('CREATE TABLE "Person"');
    expect(sql).not.toMatch(/CREATE SCHEMA|"public"/);
    expect(readFileSync(join(migrationsDir, 'migration_lock.toml'), 'utf8')).toContain('provider = "postgresql"');
  });

  it('reports no changes when the schema matches the migrations', async () => {
    expect(await createMigration({ subgraphDir, name: 'nothing' })).toBeNull();
    expect(readdirSync(migrationsDir).sort()).toEqual(['20250301080000_init', 'migration_lock.toml']);
  });

  it('writes only the change, named after the newest migration, and the result has no drift', async () => {
    writeFileSync(
      schemaPath,
      readFileSync(schemaPath, 'utf8')
        .replace('  rank           Int?', '  rank           Int?\n  email          String? @unique')
        .replace('  STATE_OWNED\n', '  STATE_OWNED\n  OTHER\n'),
    );
    // A clock behind the newest migration still yields a later folder name.
    const folder = await createMigration({ subgraphDir, name: 'person_email', now: new Date('2025-01-01T00:00:00Z') });
    expect(folder).toBe(join(migrationsDir, '20250301080001_person_email'));
    const sql = readFileSync(join(folder!, 'migration.sql'), 'utf8');
    expect(sql).toContain(`ALTER TYPE "OrganizationKind" ADD VALUE 'OTHER';`);
    expect(sql).toMatch(/ALTER TABLE "Person" ADD COLUMN\s+"email" TEXT;/);
    expect(sql).not.toContain('CREATE TABLE');

    expect((await checkDrift({ subgraphDir, databaseUrl: inject('pgliteUrl') })).differences).toEqual([]);
  });

  it('refuses a name that would not make a clean folder name', async () => {
    await expect(createMigration({ subgraphDir, name: 'add email!' })).rejects.toThrow(/letters, digits and underscores/);
  });

  it('works on a multi-file schema (prisma/schema/): nothing new for the split itself, then only the change', async () => {
    const copy = join(workDir, 'multi-file');
    const folder = multiFileSample(copy);
    expect(await createMigration({ subgraphDir: copy, name: 'split' })).toBeNull();

    const organization = join(folder, 'organization.prisma');
    writeFileSync(organization, readFileSync(organization, 'utf8').replace('  name      String\n', '  name      String\n  note      String?\n'));
    const created = await createMigration({ subgraphDir: copy, name: 'organization_note', now: new Date('2025-06-01T00:00:00Z') });
    expect(created).toBe(join(copy, 'prisma', 'migrations', '20250601000000_organization_note'));
    expect(readFileSync(join(created!, 'migration.sql'), 'utf8')).toMatch(/^-- AlterTable\nALTER TABLE "Organization" ADD COLUMN\s+"note" TEXT;\s*$/);
  });

  it('runs as a CLI and explains its usage', () => {
    const cli = fileURLToPath(new URL('../src/create-migration.ts', import.meta.url));
    const result = spawnSync(process.execPath, ['--import', 'tsx', cli], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/usage: .*create-migration\.ts <subgraph-dir> <migration_name>/);
  });
});
