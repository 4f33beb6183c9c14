import { as, asDirectAt, dataOf, expectError } from '@jiguan/runner/testing/demo-client';
import { postGraphQL } from '@jiguan/runner/testing/graphql-client';
import { testHub } from '@jiguan/runner/testing/test-hub';
import { describe, expect, it } from 'vitest';

/**
 * Every mutation of the directory refuses bad input with its code (BAD_USER_INPUT naming the
 * field, NOT_FOUND for an unknown id, UNAUTHENTICATED for a refused login) and writes nothing:
 * the accounts and the audit trail stay as they were.
 */
const CENSUS = '{ organizations(first: 1) { totalCount } userAccounts(first: 1) { totalCount } biApiKeys(first: 1) { totalCount } directoryAuditRecords(first: 1) { totalCount } }';
const census = async () => dataOf(await as('admin', CENSUS));

/** [mutation, operation, variables, expected code, expected field, anonymous] */
const cases: [string, string, Record<string, unknown>, string, string?, boolean?][] = [
  ['login', 'mutation { login(username: "admin", password: "wrong-1234") { token } }', {}, 'UNAUTHENTICATED', undefined, true],
  ['refreshToken', 'mutation { refreshToken { token } }', {}, 'UNAUTHENTICATED', undefined, true],
  ['logout', 'mutation { logout }', {}, 'UNAUTHENTICATED', undefined, true],
  ['createUserAccount', 'mutation ($input: CreateUserAccountInput!) { createUserAccount(input: $input) { id } }', { input: { username: ' a ', password: 'Passw0rd!', personId: 'person-sj-qsjj-008', roles: ['UNIT_USER'], dataScope: 'SELF' } }, 'BAD_USER_INPUT', 'input.username'],
  ['disableUserAccount', 'mutation { disableUserAccount(id: "no-such-account") { id } }', {}, 'NOT_FOUND'],
  ['enableUserAccount', 'mutation { enableUserAccount(id: "no-such-account") { id } }', {}, 'NOT_FOUND'],
  ['setUserAccountRoles', 'mutation { setUserAccountRoles(id: "account-unit", roles: [UNIT_USER, UNIT_USER], dataScope: SELF) { id } }', {}, 'BAD_USER_INPUT', 'roles'],
  ['resetUserAccountPassword', 'mutation { resetUserAccountPassword(id: "account-unit", newPassword: "short") { id } }', {}, 'BAD_USER_INPUT', 'newPassword'],
  ['createBiApiKey', 'mutation ($input: CreateBiApiKeyInput!) { createBiApiKey(input: $input) { key } }', { input: { name: 'Power BI', datasets: ['Directory Units'] } }, 'BAD_USER_INPUT', 'input.datasets'],
  ['revokeBiApiKey', 'mutation { revokeBiApiKey(id: "no-such-key") { id } }', {}, 'NOT_FOUND'],
  ['createBiDatabaseLogin', 'mutation ($input: CreateBiDatabaseLoginInput!) { createBiDatabaseLogin(input: $input) { name } }', { input: { name: 'superset', password: 'Superset2026!' } }, 'BAD_USER_INPUT', 'input.name'],
  ['createOrganization', 'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }', { input: { name: '测试单位', code: 'sj test', kind: 'PUBLIC_INSTITUTION' } }, 'BAD_USER_INPUT', 'input.code'],
  ['updateOrganization', 'mutation ($input: UpdateOrganizationInput!) { updateOrganization(id: "no-such-organization", input: $input) { id } }', { input: { name: '测试单位', code: 'SJ-TEST-X', kind: 'PUBLIC_INSTITUTION' } }, 'NOT_FOUND'],
  ['dropBiDatabaseLogin', 'mutation { dropBiDatabaseLogin(name: "postgres") { name } }', {}, 'BAD_USER_INPUT', 'name'],
];

describe('bad input to the directory writes nothing', () => {
  it('covers every mutation of the subgraph', async () => {
    const { __schema } = dataOf(await asDirectAt('directory', 'admin', '{ __schema { mutationType { fields { name } } } }'));
    const covered = new Set(cases.map(([name]) => name));
    expect((__schema.mutationType.fields as { name: string }[]).map((f) => f.name).filter((name) => !covered.has(name))).toEqual([]);
  });

  it.each(cases.map(([name]) => name))('%s', async (name) => {
    const [, query, variables, code, field, anonymous] = cases.find((c) => c[0] === name) ?? [];
    if (!query || !variables || !code) throw new Error(`no case ${name}`);
    const before = await census();
    const result = anonymous ? await postGraphQL(testHub().gatewayUrl, query, { variables }) : await as('admin', query, variables);
    const error = expectError(result, code, field);
    expect(error?.extensions?.reason).toEqual(expect.any(String));
    expect(await census()).toEqual(before);
  });
});
