import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '@jiguan/db/apply-migrations';
import { databaseTargets } from '@jiguan/embedded-postgres/testing/database-targets';
import { dropSchema } from '@jiguan/embedded-postgres/testing/sql';
import { checkDrift } from '../src/check-drift.ts';
import { findPrismaSubgraphs } from '../src/find-prisma-subgraphs.ts';
import { multiFileSample } from './helpers/multi-file-sample.ts';

/** Every subgraph with a Prisma schema (new ones join automatically), plus this package's fixture. */
const subgraphs = [...findPrismaSubgraphs(), fileURLToPath(new URL('./fixtures/sample', import.meta.url))];
const workDir = mkdtempSync(join(tmpdir(), 'jiguan-drift-test-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** A change of the sample made without a migration: a unique column on Person, a new model Building… */
const PERSON_EMAIL = ['  rank           Int?', '  rank           Int?\n  email          String? @unique'] as const;
const BUILDING_MODEL = 'model Building {\n  id   Int    @id @default(autoincrement())\n  name String\n}\n';
/** …and what the drift check reports of it. */
const CHANGE_REPORTED = [
  'only in schema.prisma:  relation "Building" (r)',
  'only in schema.prisma:  column "Person".email text NULL',
  'only in schema.prisma:  index "Person_email_key": CREATE UNIQUE INDEX "Person_email_key" ON "Person" USING btree (email)',
  `only in schema.prisma:  column "Building".id integer NOT NULL DEFAULT nextval('"Building_id_seq"'::regclass)`,
];

describe.concurrent.each(databaseTargets())('on $name', ({ url }) => {
  describe.each(subgraphs.map((dir) => ({ dir, name: basename(dir) })))('subgraph $name', ({ dir, name }) => {
    it('has committed migrations that produce exactly its prisma/schema.prisma', async () => {
      const report = await checkDrift({ subgraphDir: dir, databaseUrl: url });
      expect(
        report.differences,
        `schema.prisma of ${name} and its migrations differ: run\n` +
          `  node --import tsx tools/prisma-migrate/src/create-migration.ts subgraphs/${name} <what_changed>`,
      ).toEqual([]);
    });

    // Without migrations there is nothing to apply; the drift test above already fails for it.
    const hasMigrations = existsSync(join(dir, 'prisma', 'migrations'));
    it.skipIf(!hasMigrations)('migrates idempotently and refuses a migration edited after it was applied', async () => {
      const migrationsDir = join(workDir, `${name}-${Math.random().toString(36).slice(2)}`);
      cpSync(join(dir, 'prisma', 'migrations'), migrationsDir, { recursive: true });
      const schema = `test_idempotent_${name}_${Math.random().toString(36).slice(2, 8)}`;
      try {
        const first = await applyMigrations({ databaseUrl: url, schema, migrationsDir });
        expect(first.length).toBeGreaterThan(0);
        expect(await applyMigrations({ databaseUrl: url, schema, migrationsDir })).toEqual([]);

        appendFileSync(join(migrationsDir, first[0]!, 'migration.sql'), '\n-- edited after it was applied\n');
        await expect(applyMigrations({ databaseUrl: url, schema, migrationsDir })).rejects.toThrow(/was changed after it was applied/);
      } finally {
        await dropSchema(url, schema);
      }
    });
  });

  it('reports a model changed without a migration', async () => {
    const copy = join(workDir, `changed-${Math.random().toString(36).slice(2)}`);
    cpSync(fileURLToPath(new URL('./fixtures/sample', import.meta.url)), copy, { recursive: true });
    const schemaPath = join(copy, 'prisma', 'schema.prisma');
    writeFileSync(schemaPath, readFileSync(schemaPath, 'utf8').replace(...PERSON_EMAIL).concat(`\n${BUILDING_MODEL}`));

    const { differences } = await checkDrift({ subgraphDir: copy, databaseUrl: url });
    expect(differences).toEqual(expect.arrayContaining(CHANGE_REPORTED));
  });

  it('reads a multi-file schema (prisma/schema/) whole, and reports a change in any of its files', async () => {
    const copy = join(workDir, `multi-file-${Math.random().toString(36).slice(2)}`);
    const folder = multiFileSample(copy);
    expect((await checkDrift({ subgraphDir: copy, databaseUrl: url })).differences).toEqual([]);

    const person = join(folder, 'person.prisma');
    writeFileSync(person, readFileSync(person, 'utf8').replace(...PERSON_EMAIL));
    writeFileSync(join(folder, 'building.prisma'), BUILDING_MODEL);

    const { differences } = await checkDrift({ subgraphDir: copy, databaseUrl: url });
    expect(differences).toEqual(expect.arrayContaining(CHANGE_REPORTED));
  });
});
