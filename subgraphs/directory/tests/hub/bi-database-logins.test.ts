import { randomBytes } from 'node:crypto';
import { query } from '@jiguan/embedded-postgres/testing/sql';
import { loginAs, postGraphQL } from '@jiguan/runner/testing/graphql-client';
import { testHub } from '@jiguan/runner/testing/test-hub';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * Through the gateway of the test hub, on its embedded PGlite: PGlite is one user underneath, so a
 * login made here cannot be connected to as itself; the role, its membership, its verifier and
 * its scope row are checked in the catalogues instead. bi-database-login-postgres.test.ts connects
 * with the password on a real PostgreSQL.
 */

const hub = testHub();
let admin: string;
let unitUser: string;

const CREATE = 'mutation ($input: CreateBiDatabaseLoginInput!) { createBiDatabaseLogin(input: $input) { name unitIds units { code } } }';
const DROP = 'mutation ($name: String!) { dropBiDatabaseLogin(name: $name) { name } }';
const LIST = '{ biDatabaseLogins(first: 200) { name unitIds } }';
const PASSWORD = 'Superset2026!';
const loginName = () => `bi_test_${randomBytes(4).toString('hex')}`;

async function role(name: string) {
  const [row] = await query<{ canLogin: boolean; member: boolean; verifier: string | null }>(
    hub.databaseUrl,
    `SELECT r.rolcanlogin AS "canLogin", pg_has_role(r.rolname, 'jiguan_bi', 'MEMBER') AS member, a.rolpassword AS verifier
       FROM pg_roles r JOIN pg_authid a ON a.oid = r.oid WHERE r.rolname = $1`,
    [name],
  );
  return row ?? null;
}

beforeAll(async () => {
  admin = await loginAs(hub.gatewayUrl, 'admin', 'Admin@2024');
  unitUser = await loginAs(hub.gatewayUrl, 'unit', 'Demo@2024');
});

describe('BI database logins', () => {
  it('creates a login in jiguan_bi with a SCRAM verifier and its units, lists it, drops both, and audits each', async () => {
    const name = loginName();
    const created = await postGraphQL(hub.gatewayUrl, CREATE, { token: admin, variables: { input: { name, unitIds: ['org-sj-jgswglj'], password: PASSWORD } } });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createBiDatabaseLogin).toEqual({ name, unitIds: ['org-sj-jgswglj'], units: [{ code: 'SJ-JGSWGLJ' }] });

    const made = await role(name);
    expect(made).toMatchObject({ canLogin: true, member: true });
    expect(made?.verifier).toMatch(/^SCRAM-SHA-256\$4096:/);
    // The BI role's settings, which membership does not pass on, are the login's own.
    const settings = await query<{ setting: string }>(
      hub.databaseUrl,
      'SELECT unnest(setconfig) AS setting FROM pg_db_role_setting WHERE setrole = (SELECT oid FROM pg_roles WHERE rolname = $1) ORDER BY 1',
      [name],
    );
    expect(settings.map((row) => row.setting)).toEqual(['default_transaction_read_only=on', 'statement_timeout=300s']);
    expect(await query(hub.databaseUrl, 'SELECT unit_ids FROM bi_directory.logins WHERE login_name = $1', [name])).toEqual([{ unit_ids: ['org-sj-jgswglj'] }]);
    const list = await postGraphQL(hub.gatewayUrl, LIST, { token: admin });
    expect(list.data?.biDatabaseLogins).toContainEqual({ name, unitIds: ['org-sj-jgswglj'] });

    const dropped = await postGraphQL(hub.gatewayUrl, DROP, { token: admin, variables: { name } });
    expect(dropped.data?.dropBiDatabaseLogin).toEqual({ name });
    expect(await role(name)).toBeNull();
    expect(await query(hub.databaseUrl, 'SELECT 1 FROM bi_directory.logins WHERE login_name = $1', [name])).toEqual([]);

    const audit = await postGraphQL(hub.gatewayUrl, `{ directoryAuditRecords(first: 5, filter: { entityId: "${name}" }) { edges { node { action before after } } } }`, { token: admin });
    expect(audit.data?.directoryAuditRecords.edges.map((edge: { node: { action: string } }) => edge.node.action)).toEqual(['biDatabaseLogin.drop', 'biDatabaseLogin.create']);
    expect(JSON.stringify(audit.data)).not.toContain(PASSWORD);
  });

  it('takes no unit list to mean every unit', async () => {
    const name = loginName();
    const created = await postGraphQL(hub.gatewayUrl, CREATE, { token: admin, variables: { input: { name, password: PASSWORD } } });
    expect(created.data?.createBiDatabaseLogin).toEqual({ name, unitIds: null, units: null });
    expect(await query(hub.databaseUrl, 'SELECT unit_ids FROM bi_directory.logins WHERE login_name = $1', [name])).toEqual([{ unit_ids: null }]);
    await postGraphQL(hub.gatewayUrl, DROP, { token: admin, variables: { name } });
  });

  it.each([
    ['a name without the bi_ prefix', { name: 'superset' }, 'input.name', 'BI_LOGIN_NAME_FORMAT'],
    ['a name that would break out of the identifier', { name: 'bi_x"; DROP ROLE postgres; --' }, 'input.name', 'BI_LOGIN_NAME_FORMAT'],
    ['a short password', { password: 'Short1' }, 'input.password', 'PASSWORD_LENGTH'],
    ['a unit that does not exist', { unitIds: ['org-nowhere'] }, 'input.unitIds', 'UNKNOWN_UNIT'],
  ])('refuses %s on its field and creates no role', async (_case, bad, field, reason) => {
    const input = { name: loginName(), password: PASSWORD, ...bad };
    const result = await postGraphQL(hub.gatewayUrl, CREATE, { token: admin, variables: { input } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect(await role(input.name)).toBeNull();
  });

  it('refuses a name already taken by a role, and dropping a role that is no BI login', async () => {
    const name = loginName();
    await postGraphQL(hub.gatewayUrl, CREATE, { token: admin, variables: { input: { name, password: PASSWORD } } });
    const again = await postGraphQL(hub.gatewayUrl, CREATE, { token: admin, variables: { input: { name, password: PASSWORD } } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'BI_LOGIN_TAKEN' });
    await postGraphQL(hub.gatewayUrl, DROP, { token: admin, variables: { name } });

    const outsider = loginName();
    await query(hub.databaseUrl, `CREATE ROLE ${outsider} NOLOGIN`);
    const drop = await postGraphQL(hub.gatewayUrl, DROP, { token: admin, variables: { name: outsider } });
    expect(drop.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await query(hub.databaseUrl, 'SELECT 1 AS kept FROM pg_roles WHERE rolname = $1', [outsider])).toEqual([{ kept: 1 }]);
    await query(hub.databaseUrl, `DROP ROLE ${outsider}`);
  });

  it('is for administrators only', async () => {
    const name = loginName();
    const create = await postGraphQL(hub.gatewayUrl, CREATE, { token: unitUser, variables: { input: { name, password: PASSWORD } } });
    expect(create.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await role(name)).toBeNull();
    expect((await postGraphQL(hub.gatewayUrl, LIST, { token: unitUser })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
