import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loginAs, postGraphQL } from '@jiguan/runner/testing/graphql-client';
import { decodeProtectedHeader, generateKeyPair, importPKCS8, SignJWT, type CryptoKey } from 'jose';
import { testHub } from '@jiguan/runner/testing/test-hub';
import { describe, expect, it } from 'vitest';

const hub = testHub();
const ME = '{ me { username roles organization { name } } }';

/** Signs `claims` under the header of the directory's own key (its `kid`, which every service picks the key by). */
async function signWith(key: CryptoKey, claims: Record<string, unknown>, expiresInSeconds: number) {
  const now = Math.floor(Date.now() / 1000);
  const { kid } = decodeProtectedHeader(await loginAs(hub.gatewayUrl, 'leader', 'Demo@2024'));
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'EdDSA', kid })
    .setSubject('account-admin')
    .setIssuer('urn:jiguan-hub:directory')
    .setAudience('jiguan-hub')
    .setIssuedAt(now - 3600)
    .setExpirationTime(now + expiresInSeconds)
    .sign(key);
}

const adminClaims = { name: 'admin', roles: ['ADMIN'], scope: 'ALL', person: 'person-demo-admin', org: 'org-sj-jgswglj-bgs' };

describe('login and tokens through the gateway', () => {
  it('logs in and reads me { organization { name } } with the token', async () => {
    const token = await loginAs(hub.gatewayUrl, 'unit', 'Demo@2024');
    const result = await postGraphQL(hub.gatewayUrl, ME, { token });
    expect(result.errors).toBeUndefined();
    expect(result.data?.me).toEqual({ username: 'unit', roles: ['UNIT_USER'], organization: { name: '松江区审计局' } });
  });

  it('returns the account with the token at login', async () => {
    const result = await postGraphQL(
      hub.gatewayUrl,
      'mutation { login(username: "assets", password: "Demo@2024") { token expiresAt account { username roles organization { name } } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.login.account).toEqual({ username: 'assets', roles: ['ASSETS_STAFF'], organization: { name: '区机管局资产管理科' } });
    expect(new Date(result.data?.login.expiresAt).getTime()).toBeGreaterThan(Date.now());
  });

  it('refuses a wrong password and an unknown user alike, revealing nothing', async () => {
    const wrong = await postGraphQL(hub.gatewayUrl, 'mutation { login(username: "admin", password: "nope-1234") { token } }');
    const unknown = await postGraphQL(hub.gatewayUrl, 'mutation { login(username: "nobody", password: "nope-1234") { token } }');
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    expect(JSON.stringify(wrong)).not.toMatch(/stack|prisma|select/i);
  });

  it('lets an anonymous caller do nothing but log in', async () => {
    const result = await postGraphQL(hub.gatewayUrl, ME);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data ?? null).toBeNull();
  });

  it('refuses a token signed with another key (forged), at the gateway and at the subgraph', async () => {
    const { privateKey } = await generateKeyPair('EdDSA');
    const forged = await signWith(privateKey, adminClaims, 3600);
    for (const url of [hub.gatewayUrl, hub.subgraphUrls.directory ?? '']) {
      const result = await postGraphQL(url, ME, { token: forged });
      expect(result.status).toBe(401);
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses an expired token with a message that says to log in again', async () => {
    const pem = await readFile(join(hub.dataDir, 'keys', 'jwt-signing-key.pem'), 'utf8');
    const expired = await signWith(await importPKCS8(pem, 'EdDSA'), adminClaims, -60);
    const result = await postGraphQL(hub.gatewayUrl, ME, { token: expired });
    expect(result.status).toBe(401);
    expect(result.errors?.[0]).toMatchObject({ message: '登录已过期，请重新登录', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a genuine token whose claims were altered', async () => {
    const token = await loginAs(hub.gatewayUrl, 'unit', 'Demo@2024');
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
    const altered = Buffer.from(JSON.stringify({ ...claims, roles: ['ADMIN'], scope: 'ALL' })).toString('base64url');
    const result = await postGraphQL(hub.gatewayUrl, ME, { token: `${header}.${altered}.${signature}` });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refreshes a valid token into a new one for the same account', async () => {
    const token = await loginAs(hub.gatewayUrl, 'leader', 'Demo@2024');
    const result = await postGraphQL(hub.gatewayUrl, 'mutation { refreshToken { token expiresAt account { username } } }', { token });
    expect(result.data?.refreshToken.account.username).toBe('leader');
    const me = await postGraphQL(hub.gatewayUrl, ME, { token: result.data?.refreshToken.token });
    expect(me.data?.me.username).toBe('leader');
  });
});

describe('a subgraph called directly', () => {
  it('refuses anything but login without a token', async () => {
    const url = hub.subgraphUrls.directory ?? '';
    const anonymous = await postGraphQL(url, '{ organizations(first: 1) { totalCount } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const introspection = await postGraphQL(url, '{ __schema { types { name } } }');
    expect(introspection.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const entities = await postGraphQL(url, '{ _entities(representations: [{ __typename: "Person", id: "person-demo-admin" }]) { ... on Person { name } } }');
    expect(entities.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const login = await postGraphQL(url, 'mutation { login(username: "admin", password: "Admin@2024") { token } }');
    expect(login.data?.login.token).toMatch(/^ey/);
  });
});
