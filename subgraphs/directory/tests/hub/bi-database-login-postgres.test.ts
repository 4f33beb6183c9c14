import { randomBytes } from 'node:crypto';
import { createPrismaAdapter } from '@jiguan/db/create-prisma-adapter';
import { query } from '@jiguan/embedded-postgres/testing/sql';
import { viewerFixture } from '@jiguan/shared-schema/testing/viewer-fixture';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaClient } from '../../prisma/generated/client.ts';
import { createBiDatabaseLogin } from '../../src/actions/create-bi-database-login.ts';
import { dropBiDatabaseLogin } from '../../src/actions/drop-bi-database-login.ts';
import { migrateHubDatabase } from '@jiguan/runner/migrate-hub-database';

/*
 * A login made by the action connects to a real PostgreSQL (TEST_DATABASE_URL) as itself, with its
 * password, and no more once dropped. Not through the test hub, whose embedded PGlite has one
 * user underneath: the action runs here on a client bound to that server's directory schema.
 * Where the server trusts the address (pg_hba `trust`, as on a development machine) it does not
 * ask for the password; the SCRAM exchange itself is checked in src/auth/scram-verifier.test.ts.
 */

const url = process.env.TEST_DATABASE_URL;
const PASSWORD = 'Metabase2026!';
/** The directory's schema (src/db.ts would open its own pool on DATABASE_URL). */
const DB_SCHEMA = 'directory';

// A skipped describe still runs its body to collect the tests: nothing in it may need the URL.
describe.runIf(url)('a BI database login on PostgreSQL (TEST_DATABASE_URL)', () => {
  const databaseUrl = url ?? '';
  const { adapter, pool } = createPrismaAdapter({ databaseUrl, schema: DB_SCHEMA });
  const db = new PrismaClient({ adapter });
  const actor = viewerFixture({ accountId: 'account-admin', roles: ['ADMIN'], dataScope: 'ALL' });
  const name = `bi_test_${randomBytes(4).toString('hex')}`;
  const connectAs = (password: string) => {
    const server = new URL(databaseUrl);
    return new pg.Client({ host: server.hostname, port: Number(server.port || 5432), database: server.pathname.slice(1), user: name, password });
  };

  beforeAll(async () => {
    await migrateHubDatabase(databaseUrl);
  });

  afterAll(async () => {
    await query(databaseUrl, `DELETE FROM bi_directory.logins WHERE login_name = $1`, [name]);
    await query(databaseUrl, `DROP ROLE IF EXISTS ${name}`);
    await db.$disconnect();
    await pool.end();
  });

  it('connects with its password as a member of jiguan_bi, and is refused once dropped, its open session ended', async () => {
    await createBiDatabaseLogin({ actor, db }, { name, password: PASSWORD, unitIds: null });
    const [stored] = await query<{ rolpassword: string }>(databaseUrl, 'SELECT rolpassword FROM pg_authid WHERE rolname = $1', [name]);
    // PostgreSQL kept the verifier as given: it recognised it as SCRAM-SHA-256 rather than hashing it as a password.
    expect(stored?.rolpassword).toMatch(/^SCRAM-SHA-256\$4096:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/);

    const session = connectAs(PASSWORD);
    await session.connect();
    const { rows } = await session.query<{ user: string; member: boolean }>(`SELECT current_user AS user, pg_has_role(current_user, 'jiguan_bi', 'MEMBER') AS member`);
    expect(rows).toEqual([{ user: name, member: true }]);
    // The BI role's timeout and read-only default hold for the login's own sessions too.
    const settings = await session.query<{ timeout: string; readOnly: string }>(`SELECT current_setting('statement_timeout') AS timeout, current_setting('default_transaction_read_only') AS "readOnly"`);
    expect(settings.rows).toEqual([{ timeout: '5min', readOnly: 'on' }]);
    // The terminated session reports its end as an error event; no test failure for it.
    session.on('error', () => undefined);

    await dropBiDatabaseLogin({ actor, db }, name);
    await expect.poll(() => session.query('SELECT 1').then(() => 'open', () => 'ended')).toBe('ended');
    await session.end().catch(() => undefined);
    const again = connectAs(PASSWORD);
    await expect(again.connect()).rejects.toThrow(new RegExp(`role "${name}" does not exist|password authentication failed`));
    await again.end().catch(() => undefined);
  });
});
