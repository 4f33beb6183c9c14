import { query } from '@jiguan/embedded-postgres/testing/sql';

/**
 * The part of the BI database the logins need, as issue 16's contract (§1) has the directory's BI
 * migration make it: the read-only role jiguan_bi (cluster-wide, made only when missing) and
 * `bi_directory.logins`. Every statement is a no-op once that migration has run.
 */
export async function installBiDatabaseFixture(databaseUrl: string): Promise<void> {
  await query(
    databaseUrl,
    `DO $$ BEGIN
       IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jiguan_bi') THEN CREATE ROLE jiguan_bi NOLOGIN; END IF;
     END $$`,
  );
  await query(databaseUrl, 'CREATE SCHEMA IF NOT EXISTS bi_directory');
  await query(databaseUrl, 'CREATE TABLE IF NOT EXISTS bi_directory.logins (login_name text PRIMARY KEY, unit_ids text[])');
}

/** Whether the logins table is there (the BI migration, or the fixture, has run). */
export async function biDatabaseInstalled(databaseUrl: string): Promise<boolean> {
  const [row] = await query<{ installed: boolean }>(databaseUrl, `SELECT to_regclass('bi_directory.logins') IS NOT NULL AS installed`);
  return row?.installed ?? false;
}
