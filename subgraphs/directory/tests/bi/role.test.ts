/**
 * The BI role `jiguan_bi`, as a BI tool meets it: it connects (BI_DATABASE_PASSWORD at the runner),
 * lists schemas, tables and columns with the catalogue queries the tools issue, reads the bi_*
 * views and nothing else, and cannot write. On the embedded PGlite no second user can connect, so
 * there the session takes the role over with SET SESSION AUTHORIZATION (withBiSession) and the
 * role's settings are read from the catalogue instead of from a login session.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '@jiguan/embedded-postgres/testing/database-targets';
import { enableBiLogin } from '@jiguan/runner/enable-bi-login';
import { superuserQuery, withBiSession, type BiSession } from '@jiguan/runner/testing/bi-database';
import { directoryCatalogue } from '../../src/bi/catalogue.ts';

const BI_ROLE = { name: 'jiguan_bi', password: randomBytes(12).toString('hex') };

/** The schemas of the hub that are not BI's: a subgraph's own tables. */
const BASE_SCHEMAS = ['directory', 'assets'];

describe.each(databaseTargets())('the BI role on $name', (target) => {
  let couldLogIn = false;
  beforeAll(async () => {
    if (target.embedded) return;
    couldLogIn = await superuserQuery(target.url, async (client) => (await client.query<{ can: boolean }>(`SELECT rolcanlogin AS can FROM pg_roles WHERE rolname = 'jiguan_bi'`)).rows[0]!.can);
    await enableBiLogin(target.url, BI_ROLE.password);
  });
  afterAll(async () => {
    // The role is the server's, not this database's: leave it as it was found.
    if (!target.embedded && !couldLogIn) await superuserQuery(target.url, (client) => client.query('ALTER ROLE jiguan_bi NOLOGIN'));
  });
  const asBiRole = <T>(work: (session: BiSession) => Promise<T>) => withBiSession(target, BI_ROLE, work);

  it('is created by the migration with a statement timeout and read-only transactions', async () => {
    const settings = await superuserQuery(target.url, async (client) =>
      (await client.query<{ setconfig: string[] }>(`SELECT setconfig FROM pg_db_role_setting WHERE setrole = 'jiguan_bi'::regrole AND setdatabase = 0`)).rows[0]?.setconfig,
    );
    expect(settings).toEqual(expect.arrayContaining(['statement_timeout=300s', 'default_transaction_read_only=on']));
  });

  it.skipIf(target.embedded)('connects with its password and gets them in its session', async () => {
    const session = await asBiRole(async (bi) => bi.query<{ timeout: string; read_only: string; user: string }>(
      `SELECT current_setting('statement_timeout') AS timeout, current_setting('default_transaction_read_only') AS read_only, session_user AS user`,
    ));
    expect(session).toEqual([{ timeout: '5min', read_only: 'on', user: 'jiguan_bi' }]);
  });

  it('lists only the bi_* views through information_schema, as Power BI, Metabase and Superset list tables', async () => {
    const tables = await asBiRole((bi) =>
      bi.query<{ table_schema: string; table_name: string; table_type: string }>(
        `SELECT table_schema, table_name, table_type FROM information_schema.tables
          WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY table_schema, table_name`,
      ),
    );
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      expect(table.table_schema).toMatch(/^bi_/);
      expect(table.table_type).toBe('VIEW');
    }
    const names = tables.map((table) => `${table.table_schema}.${table.table_name}`);
    expect(names).toEqual(expect.arrayContaining(directoryCatalogue.map((dataset) => dataset.view)));
    expect(names).not.toContain('bi_directory.logins');

    const columns = await asBiRole((bi) =>
      bi.query<{ table_schema: string; n: number }>(
        `SELECT table_schema, count(*)::int AS n FROM information_schema.columns
          WHERE table_schema NOT IN ('pg_catalog', 'information_schema') GROUP BY table_schema ORDER BY table_schema`,
      ),
    );
    for (const { table_schema } of columns) expect(table_schema).toMatch(/^bi_/);
  });

  it('lists schemas, relations and columns through pg_catalog, and may use only the bi_* ones', async () => {
    await asBiRole(async (bi) => {
      // Superset (SQLAlchemy's inspector): every schema name, then the views and columns of one.
      const schemas = (await bi.query<{ nspname: string }>(`SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname NOT LIKE 'pg_%' ORDER BY nspname`)).map((row) => row.nspname);
      expect(schemas).toEqual(expect.arrayContaining(['bi_directory', 'bi_assets']));
      const views = await bi.query<{ relname: string }>(
        `SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'bi_directory' AND c.relkind IN ('v', 'm') AND c.relpersistence <> 't' ORDER BY c.relname`,
      );
      expect(views.map((row) => `bi_directory.${row.relname}`)).toEqual(directoryCatalogue.map((dataset) => dataset.view).sort());
      const columns = await bi.query<{ attname: string; type: string }>(
        `SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type FROM pg_catalog.pg_attribute a
          WHERE a.attrelid = 'bi_directory.units'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
      );
      expect(columns.map((column) => column.attname)).toEqual(directoryCatalogue.find((dataset) => dataset.view === 'bi_directory.units')!.columns.map((column) => column.name));

      // Metabase and pgJDBC's metadata keep the relations the user may read: only the BI views.
      const readable = await bi.query<{ schema: string; relkind: string }>(
        `SELECT n.nspname AS schema, c.relkind::text FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_' AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
            AND pg_catalog.has_schema_privilege(n.oid, 'USAGE') AND pg_catalog.has_table_privilege(c.oid, 'SELECT')`,
      );
      expect(readable.length).toBeGreaterThan(0);
      for (const relation of readable) expect(relation).toEqual({ schema: expect.stringMatching(/^bi_/), relkind: 'v' });
      for (const schema of BASE_SCHEMAS) {
        const [usage] = await bi.query<{ usage: boolean }>(`SELECT pg_catalog.has_schema_privilege($1, 'USAGE') AS usage`, [schema]);
        expect(usage).toEqual({ usage: false });
      }
    });
  });

  it.each(directoryCatalogue.map((dataset) => ({ view: dataset.view })))('reads $view', async ({ view }) => {
    const rows = await asBiRole((bi) => bi.query(`SELECT * FROM ${view} LIMIT 5`));
    expect(rows.length).toBeGreaterThan(0);
  });

  it('cannot read the subgraphs\' own tables, nor the logins and their scopes', async () => {
    await asBiRole(async (bi) => {
      for (const table of ['directory."Person"', 'directory."UserAccount"', 'directory."Organization"', 'assets."Building"', 'bi_directory.logins']) {
        expect(await bi.refusal(`SELECT * FROM ${table} LIMIT 1`), table).toBe('42501');
      }
    });
  });

  it('cannot write: no INSERT, UPDATE, DELETE or CREATE, even in a read-write transaction', async () => {
    await asBiRole(async (bi) => {
      const refused = {
        insertLogin: await bi.refusal(`INSERT INTO bi_directory.logins (login_name, unit_ids) VALUES ('someone', NULL)`),
        updateLogins: await bi.refusal(`UPDATE bi_directory.logins SET unit_ids = NULL`),
        deleteLogins: await bi.refusal(`DELETE FROM bi_directory.logins`),
        insertBase: await bi.refusal(`INSERT INTO directory."AuditRecord" (id, "actorId", action, entity, "entityId") VALUES ('x', 'x', 'x', 'x', 'x')`),
        createInBi: await bi.refusal(`CREATE TABLE bi_directory.scratch (id int)`),
        createInPublic: await bi.refusal(`CREATE TABLE public.scratch (id int)`),
        createSchema: await bi.refusal(`CREATE SCHEMA scratch`),
        replaceView: await bi.refusal(`CREATE OR REPLACE VIEW bi_directory.units AS SELECT 1 AS id`),
      };
      expect(refused).toEqual(Object.fromEntries(Object.keys(refused).map((key) => [key, '42501'])));
      // The views are not updatable at all (55000), and the role holds no right to write them either.
      expect(await bi.refusal(`UPDATE bi_directory.people SET name = 'x'`)).toBeDefined();
      expect(await bi.refusal(`DELETE FROM bi_directory.people`)).toBeDefined();
      const writable = await bi.query(
        `SELECT table_schema, table_name, privilege_type FROM information_schema.table_privileges
          WHERE grantee IN ('jiguan_bi', 'PUBLIC') AND privilege_type <> 'SELECT' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
      );
      expect(writable).toEqual([]);
    });
  });
});
