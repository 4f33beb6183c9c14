import { loginAs, postGraphQL } from '@jiguan/runner/testing/graphql-client';
import { testHub } from '@jiguan/runner/testing/test-hub';
import { beforeAll, describe, expect, it } from 'vitest';

const hub = testHub();
let admin: string;
let unitUser: string;

const CREATE = `mutation ($input: CreateUserAccountInput!) { createUserAccount(input: $input) { id username roles dataScope disabled person { name } } }`;
const AUDIT_COUNT = '{ directoryAuditRecords(first: 1) { totalCount } }';
const ACCOUNT_COUNT = '{ userAccounts(first: 1) { totalCount } }';

const input = (overrides: Record<string, unknown> = {}) => ({
  username: 'zhang.wei',
  password: 'Passw0rd!',
  personId: 'person-sj-qsjj-005',
  roles: ['UNIT_USER'],
  dataScope: 'UNIT_AND_CHILDREN',
  ...overrides,
});

async function counts() {
  const [audit, accounts] = await Promise.all([
    postGraphQL(hub.gatewayUrl, AUDIT_COUNT, { token: admin }),
    postGraphQL(hub.gatewayUrl, ACCOUNT_COUNT, { token: admin }),
  ]);
  return { audit: audit.data?.directoryAuditRecords.totalCount, accounts: accounts.data?.userAccounts.totalCount };
}

beforeAll(async () => {
  admin = await loginAs(hub.gatewayUrl, 'admin', 'Admin@2024');
  unitUser = await loginAs(hub.gatewayUrl, 'unit', 'Demo@2024');
});

describe('account administration', () => {
  it('creates an account that can log in, disables it so it cannot, and audits both', async () => {
    const created = await postGraphQL(hub.gatewayUrl, CREATE, { token: admin, variables: { input: input() } });
    expect(created.errors).toBeUndefined();
    const account = created.data?.createUserAccount;
    expect(account).toMatchObject({ username: 'zhang.wei', roles: ['UNIT_USER'], disabled: false });
    await loginAs(hub.gatewayUrl, 'zhang.wei', 'Passw0rd!');

    const disabled = await postGraphQL(hub.gatewayUrl, 'mutation ($id: ID!) { disableUserAccount(id: $id) { disabled } }', {
      token: admin,
      variables: { id: account.id },
    });
    expect(disabled.data?.disableUserAccount.disabled).toBe(true);
    await expect(loginAs(hub.gatewayUrl, 'zhang.wei', 'Passw0rd!')).rejects.toThrow(/UNAUTHENTICATED/);

    const audit = await postGraphQL(hub.gatewayUrl, '{ directoryAuditRecords(first: 5, filter: { entityId: "' + account.id + '" }) { edges { node { action actorId before after } } } }', { token: admin });
    const actions = audit.data?.directoryAuditRecords.edges.map((e: { node: { action: string } }) => e.node.action);
    expect(actions).toEqual(['userAccount.disable', 'userAccount.create']);
    expect(JSON.stringify(audit.data)).not.toContain('passwordHash');
  });

  it('resets a password and re-roles an account', async () => {
    const created = await postGraphQL(hub.gatewayUrl, CREATE, {
      token: admin,
      variables: { input: input({ username: 'li.na', personId: 'person-sj-qsjj-006' }) },
    });
    const id = created.data?.createUserAccount.id;
    await postGraphQL(hub.gatewayUrl, 'mutation ($id: ID!) { resetUserAccountPassword(id: $id, newPassword: "NewPassw0rd") { id } }', { token: admin, variables: { id } });
    await loginAs(hub.gatewayUrl, 'li.na', 'NewPassw0rd');
    const reroled = await postGraphQL(hub.gatewayUrl, 'mutation ($id: ID!) { setUserAccountRoles(id: $id, roles: [LEADER], dataScope: ALL) { roles dataScope } }', { token: admin, variables: { id } });
    expect(reroled.data?.setUserAccountRoles).toEqual({ roles: ['LEADER'], dataScope: 'ALL' });
  });

  it.each([
    ['a username that breaks the rule', input({ username: 'X y' }), 'BAD_USER_INPUT', 'input.username'],
    ['a weak password', input({ username: 'wang.fang', password: 'short' }), 'BAD_USER_INPUT', 'input.password'],
    ['no role', input({ username: 'wang.fang', roles: [] }), 'BAD_USER_INPUT', 'input.roles'],
    ['a person that does not exist', input({ username: 'wang.fang', personId: 'person-nobody' }), 'BAD_USER_INPUT', 'input.personId'],
    ['a username already taken', input({ username: 'admin', personId: 'person-sj-qsjj-007' }), 'CONFLICT', undefined],
    ['a person who already has an account', input({ username: 'wang.fang', personId: 'person-demo-unit' }), 'CONFLICT', undefined],
  ])('refuses %s with a clear error and writes nothing', async (_case, bad, code, field) => {
    const before = await counts();
    const result = await postGraphQL(hub.gatewayUrl, CREATE, { token: admin, variables: { input: bad } });
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    if (field) expect(result.errors?.[0]?.extensions?.field).toBe(field);
    expect(result.errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await counts()).toEqual(before);
  });

  it('keeps the last active administrator', async () => {
    const result = await postGraphQL(hub.gatewayUrl, 'mutation { setUserAccountRoles(id: "account-admin", roles: [LEADER], dataScope: ALL) { id } }', { token: admin });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const self = await postGraphQL(hub.gatewayUrl, 'mutation { disableUserAccount(id: "account-admin") { id } }', { token: admin });
    expect(self.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('forbids account administration to anyone but an administrator', async () => {
    const before = await counts();
    const result = await postGraphQL(hub.gatewayUrl, CREATE, { token: unitUser, variables: { input: input({ username: 'sneaky' }) } });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await postGraphQL(hub.gatewayUrl, ACCOUNT_COUNT, { token: unitUser });
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });
});

describe('data scope', () => {
  it('shows a unit user only the people of their unit', async () => {
    const result = await postGraphQL(hub.gatewayUrl, '{ people(first: 200) { totalCount edges { node { organization { name } } } } }', { token: unitUser });
    const units = new Set(result.data?.people.edges.map((e: { node: { organization: { name: string } } }) => e.node.organization.name));
    expect([...units]).toEqual(['松江区审计局']);
    const all = await postGraphQL(hub.gatewayUrl, '{ people(first: 1) { totalCount } }', { token: admin });
    expect(all.data?.people.totalCount).toBeGreaterThan(result.data?.people.totalCount);
  });
});
