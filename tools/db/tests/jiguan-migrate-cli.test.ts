import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { dropSchema, uniqueSchema } from '@jiguan/embedded-postgres/testing/sql';

const bin = fileURLToPath(new URL('../bin/jiguan-migrate.mjs', import.meta.url));
const migrationsDir = fileURLToPath(new URL('./fixtures/sample/prisma/migrations', import.meta.url));

/** Runs the bin with the given environment changes (undefined removes a variable). */
function jiguanMigrate(args: string[], changes: Record<string, string | undefined>) {
  const env = { ...process.env };
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env });
}

describe('jiguan-migrate (CLI)', () => {
  const url = inject('pgliteUrl');
  const schema = uniqueSchema('cli');
  afterAll(() => dropSchema(url, schema));

  it('applies the migrations of DATABASE_URL, then finds nothing to do', () => {
    const first = jiguanMigrate(['--schema', schema, '--dir', migrationsDir], { DATABASE_URL: url });
    expect(first.stderr).toContain(`${schema}: applied 20250101000000_init`);
    expect(first.status).toBe(0);

    const second = jiguanMigrate(['--schema', schema, '--dir', migrationsDir], { DATABASE_URL: url });
    expect(second.stderr).toContain(`${schema}: up to date (1 migrations)`);
    expect(second.status).toBe(0);
  });

  it('explains its usage when the schema or the database is missing', () => {
    const result = jiguanMigrate(['--dir', migrationsDir], { DATABASE_URL: url });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/usage: jiguan-migrate --schema/);
    expect(jiguanMigrate(['--schema', schema], { DATABASE_URL: undefined }).stderr).toMatch(/DATABASE_URL is not set/);
  });
});
