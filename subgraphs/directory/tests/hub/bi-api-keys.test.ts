import { query } from '@jiguan/embedded-postgres/testing/sql';
import { loginAs, postGraphQL } from '@jiguan/runner/testing/graphql-client';
import { testHub } from '@jiguan/runner/testing/test-hub';
import { beforeAll, describe, expect, it } from 'vitest';

const hub = testHub();
const verifyUrl = new URL('/bi/api-keys/verify', hub.subgraphUrls.directory).href;
let admin: string;
let unitUser: string;

const CREATE = `mutation ($input: CreateBiApiKeyInput!) {
  createBiApiKey(input: $input) { key apiKey { id name datasets unitIds units { code } expiresAt status lastUsedAt allowedActions } }
}`;
const REVOKE = 'mutation ($id: ID!) { revokeBiApiKey(id: $id) { id status revokedAt revokedBy allowedActions } }';
const LIST = '{ biApiKeys(first: 200) { totalCount edges { node { id name datasets unitIds expiresAt status lastUsedAt createdAt createdBy revokedAt allowedActions } } } }';
const COUNTS = '{ biApiKeys(first: 1) { totalCount } directoryAuditRecords(first: 1) { totalCount } }';

async function createKey(input: Record<string, unknown>) {
  const result = await postGraphQL(hub.gatewayUrl, CREATE, { token: admin, variables: { input } });
  expect(result.errors).toBeUndefined();
  return result.data?.createBiApiKey as { key: string; apiKey: { id: string } & Record<string, unknown> };
}

async function counts() {
  const result = await postGraphQL(hub.gatewayUrl, COUNTS, { token: admin });
  return { keys: result.data?.biApiKeys.totalCount, audit: result.data?.directoryAuditRecords.totalCount };
}

/** What the gateway asks the directory on each export request. */
async function verify(body: unknown) {
  const response = await fetch(verifyUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

beforeAll(async () => {
  admin = await loginAs(hub.gatewayUrl, 'admin', 'Admin@2024');
  unitUser = await loginAs(hub.gatewayUrl, 'unit', 'Demo@2024');
});

describe('BI API keys', () => {
  it('creates a key shown once, lists it without its secret or hash, and audits it', async () => {
    const created = await createKey({ name: ' 财务部 Power BI ', datasets: ['directory_units'], unitIds: ['org-sj-jgswglj'], expiresAt: '2099-12-31T00:00:00.000Z' });
    const { id } = created.apiKey;
    expect(created.key).toMatch(new RegExp(`^jgk_${id}_[A-Za-z0-9_-]{43}$`));
    expect(created.apiKey).toEqual({
      id,
      name: '财务部 Power BI',
      datasets: ['directory_units'],
      unitIds: ['org-sj-jgswglj'],
      units: [{ code: 'SJ-JGSWGLJ' }],
      expiresAt: '2099-12-31T00:00:00.000Z',
      status: 'ACTIVE',
      lastUsedAt: null,
      allowedActions: ['REVOKE'],
    });

    const list = await postGraphQL(hub.gatewayUrl, LIST, { token: admin });
    expect(list.data?.biApiKeys.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(id);
    const secret = created.key.slice(`jgk_${id}_`.length);
    const audit = await postGraphQL(hub.gatewayUrl, `{ directoryAuditRecords(first: 5, filter: { entityId: "${id}" }) { edges { node { action after } } } }`, { token: admin });
    expect(audit.data?.directoryAuditRecords.edges.map((edge: { node: { action: string } }) => edge.node.action)).toEqual(['biApiKey.create']);
    for (const answer of [list, audit]) {
      expect(JSON.stringify(answer)).not.toContain(secret);
      expect(JSON.stringify(answer)).not.toContain('secretHash');
    }
    // The schema has no field for the hash at all.
    const hash = await postGraphQL(hub.gatewayUrl, '{ biApiKeys(first: 1) { edges { node { secretHash } } } }', { token: admin });
    expect(hash.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('takes no dataset or unit list to mean every dataset and every unit, and no expiry to mean none', async () => {
    const created = await createKey({ name: 'Superset 全量' });
    expect(created.apiKey).toMatchObject({ datasets: null, unitIds: null, units: null, expiresAt: null, status: 'ACTIVE' });
  });

  it.each([
    ['a dataset name not of the form <subgraph>_<view>', { datasets: ['units; DROP TABLE x'] }, 'input.datasets', 'DATASET_NAME_FORMAT'],
    ['an empty dataset list', { datasets: [] }, 'input.datasets', 'DATASETS_EMPTY'],
    ['a unit that does not exist', { unitIds: ['org-nowhere'] }, 'input.unitIds', 'UNKNOWN_UNIT'],
    ['an empty unit list', { unitIds: [] }, 'input.unitIds', 'UNITS_EMPTY'],
    ['an expiry in the past', { expiresAt: '2020-01-01T00:00:00.000Z' }, 'input.expiresAt', 'EXPIRY_NOT_IN_FUTURE'],
    ['a blank name', { name: '   ' }, 'input.name', 'TEXT_REQUIRED'],
  ])('refuses %s on its field and writes nothing', async (_case, bad, field, reason) => {
    const before = await counts();
    const result = await postGraphQL(hub.gatewayUrl, CREATE, { token: admin, variables: { input: { name: 'bad key', ...bad } } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect(result.errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await counts()).toEqual(before);
  });

  it('is for administrators only', async () => {
    const before = await counts();
    const create = await postGraphQL(hub.gatewayUrl, CREATE, { token: unitUser, variables: { input: { name: 'sneaky' } } });
    expect(create.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await postGraphQL(hub.gatewayUrl, LIST, { token: unitUser });
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { apiKey } = await createKey({ name: 'kept' });
    const revoke = await postGraphQL(hub.gatewayUrl, REVOKE, { token: unitUser, variables: { id: apiKey.id } });
    expect(revoke.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await counts()).keys).toBe(before.keys + 1);
  });
});

describe('POST /bi/api-keys/verify', () => {
  it('answers a valid key with its caller and records when it was last used', async () => {
    const { key, apiKey } = await createKey({ name: '审计局 Excel', datasets: ['directory_units', 'assets_buildings'], unitIds: ['org-sj-sfjt'] });
    expect(await verify({ key })).toEqual({ status: 200, body: { caller: { name: '审计局 Excel', datasets: ['directory_units', 'assets_buildings'], unitIds: ['org-sj-sfjt'] } } });
    const all = await createKey({ name: '全量' });
    expect((await verify({ key: all.key })).body).toEqual({ caller: { name: '全量', datasets: null, unitIds: null } });

    await expect.poll(async () => (await postGraphQL(hub.gatewayUrl, LIST, { token: admin })).data?.biApiKeys.edges.find((edge: { node: { id: string } }) => edge.node.id === apiKey.id)?.node.lastUsedAt).not.toBeNull();
  });

  it('refuses an unknown key and a wrong secret alike, with API_KEY_INVALID', async () => {
    const { key, apiKey } = await createKey({ name: 'guessed' });
    const invalid = { status: 401, body: { error: { code: 'API_KEY_INVALID', message: expect.stringMatching(/[\u4e00-\u9fa5]/) } } };
    expect(await verify({ key: `${key.slice(0, -2)}xx` })).toEqual(invalid);
    expect(await verify({ key: key.replace(apiKey.id, '00000000-0000-4000-8000-000000000000') })).toEqual(invalid);
    expect(await verify({ key: 'jgk_not-an-id_secret' })).toEqual(invalid);
    expect(await verify({ key: 'Bearer whatever' })).toEqual(invalid);
  });

  it('refuses a revoked key at once, with API_KEY_REVOKED, and a second revocation', async () => {
    const { key, apiKey } = await createKey({ name: 'to revoke' });
    const revoked = await postGraphQL(hub.gatewayUrl, REVOKE, { token: admin, variables: { id: apiKey.id } });
    expect(revoked.data?.revokeBiApiKey).toMatchObject({ status: 'REVOKED', revokedBy: 'account-admin', allowedActions: [] });
    expect(await verify({ key })).toMatchObject({ status: 401, body: { error: { code: 'API_KEY_REVOKED' } } });

    const again = await postGraphQL(hub.gatewayUrl, REVOKE, { token: admin, variables: { id: apiKey.id } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'API_KEY_ALREADY_REVOKED' });
    const audit = await postGraphQL(hub.gatewayUrl, `{ directoryAuditRecords(first: 5, filter: { entityId: "${apiKey.id}" }) { edges { node { action } } } }`, { token: admin });
    expect(audit.data?.directoryAuditRecords.edges.map((edge: { node: { action: string } }) => edge.node.action)).toEqual(['biApiKey.revoke', 'biApiKey.create']);
  });

  it('refuses an expired key with API_KEY_EXPIRED', async () => {
    const { key, apiKey } = await createKey({ name: 'short-lived', expiresAt: new Date(Date.now() + 60_000).toISOString() });
    expect((await verify({ key })).status).toBe(200);
    // A minute is long to wait: the expiry is moved into the past instead.
    await query(hub.databaseUrl, `UPDATE directory."BiApiKey" SET "expiresAt" = now() - interval '1 second' WHERE id = $1`, [apiKey.id]);
    expect(await verify({ key })).toMatchObject({ status: 401, body: { error: { code: 'API_KEY_EXPIRED' } } });
    const list = await postGraphQL(hub.gatewayUrl, LIST, { token: admin });
    expect(list.data?.biApiKeys.edges.find((edge: { node: { id: string } }) => edge.node.id === apiKey.id)?.node).toMatchObject({ status: 'EXPIRED', allowedActions: ['REVOKE'] });
  });

  it('refuses a body that is no {"key"} with 400, and a large one with 413', async () => {
    expect((await verify('not json')).status).toBe(400);
    expect((await verify({ token: 'x' })).status).toBe(400);
    expect((await verify({ key: 'x'.repeat(2000) })).status).toBe(413);
  });
});
