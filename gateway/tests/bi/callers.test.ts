import { databaseTargets } from '@jiguan/embedded-postgres/testing/database-targets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListedDataset } from '../../src/bi/datasets-route.ts';
import { createBiFixture, THING_ROWS } from './harness/bi-fixture.ts';
import { startBiHub, type BiHub } from './harness/bi-hub.ts';

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe.each(databaseTargets())('BI callers and the catalogue on $name', ({ url }) => {
  let fixture: Awaited<ReturnType<typeof createBiFixture>>;
  let hub: BiHub;
  const get = async (path: string, authorization?: string) => {
    const response = await fetch(`${hub.origin}${path}`, { headers: authorization ? { authorization } : {} });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) as { error: { code: string; message: string } } };
  };

  beforeAll(async () => {
    fixture = await createBiFixture(url);
    hub = await startBiHub({ databaseUrl: url, datasets: fixture.datasets });
    hub.keys.set('jgk_all_secret', { name: 'every dataset', datasets: null, unitIds: null });
    hub.keys.set('jgk_one_secret', { name: 'one dataset, one unit', datasets: ['fixture_things'], unitIds: ['org-1'] });
    hub.keys.set('jgk_revoked_secret', 'API_KEY_REVOKED');
    hub.keys.set('jgk_expired_secret', 'API_KEY_EXPIRED');
  });
  afterAll(async () => {
    await hub?.stop();
    await fixture?.drop();
  });

  it('asks for credentials with a Basic challenge (so Excel and Power BI prompt) when there are none', async () => {
    for (const path of ['/bi/datasets', '/bi/datasets/fixture_things.csv', '/odata', '/odata/$metadata', '/odata/fixture_things']) {
      const answer = await get(path);
      expect(answer.status, path).toBe(401);
      expect(answer.headers.get('www-authenticate')).toBe('Basic realm="Jiguan Hub BI"');
      expect(answer.json().error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('takes an API key as Bearer, as the Basic password (any user name), or as the Basic user name with no password', async () => {
    for (const authorization of ['Bearer jgk_all_secret', basic('excel', 'jgk_all_secret'), basic('', 'jgk_all_secret'), basic('jgk_all_secret', '')]) {
      expect((await get('/bi/datasets/fixture_things.csv?columns=id', authorization)).status, authorization).toBe(200);
    }
  });

  it('refuses a revoked, expired or unknown key at once, with the directory’s code, every request asking the directory', async () => {
    const before = hub.verifications();
    for (const [key, code] of [
      ['jgk_revoked_secret', 'API_KEY_REVOKED'],
      ['jgk_expired_secret', 'API_KEY_EXPIRED'],
      ['jgk_unknown_secret', 'API_KEY_INVALID'],
    ]) {
      const answer = await get('/bi/datasets/fixture_things.csv', basic('excel', key ?? ''));
      expect(answer.status).toBe(401);
      expect(answer.json().error.code).toBe(code);
      expect(answer.headers.get('www-authenticate')).toContain('Basic');
    }
    // A key that worked is refused as soon as it is revoked: no cache.
    hub.keys.set('jgk_soon_secret', { name: 'soon revoked', datasets: null, unitIds: null });
    expect((await get('/bi/datasets/fixture_things.csv?columns=id', 'Bearer jgk_soon_secret')).status).toBe(200);
    hub.keys.set('jgk_soon_secret', 'API_KEY_REVOKED');
    expect((await get('/bi/datasets/fixture_things.csv?columns=id', 'Bearer jgk_soon_secret')).status).toBe(401);
    expect(hub.verifications() - before).toBe(5);
    // Basic credentials without a key: what a person typed into the prompt is not one.
    expect((await get('/bi/datasets', basic('someone', 'password'))).json().error.code).toBe('API_KEY_INVALID');
  });

  it('refuses a dataset the key is not given with 403, and lists only those it is', async () => {
    const answer = await get('/bi/datasets/fixture_big.csv', 'Bearer jgk_one_secret');
    expect(answer.status).toBe(403);
    expect(answer.json().error.code).toBe('FORBIDDEN');
    expect((await get('/odata/fixture_big', 'Bearer jgk_one_secret')).status).toBe(403);
    const listed = JSON.parse((await get('/bi/datasets', 'Bearer jgk_one_secret')).text) as { datasets: ListedDataset[] };
    expect(listed.datasets.map((d) => d.name)).toEqual(['fixture_things']);
  });

  it('takes an account’s token with BI_READER, LEADER or ADMIN, and refuses other roles with 403', async () => {
    for (const role of ['BI_READER', 'LEADER', 'ADMIN'] as const) {
      expect((await get('/bi/datasets/fixture_things.csv?columns=id', `Bearer ${await hub.token({ roles: [role] })}`)).status, role).toBe(200);
    }
    const staff = await get('/bi/datasets/fixture_things.csv', `Bearer ${await hub.token({ roles: ['ASSETS_STAFF'] })}`);
    expect(staff.status).toBe(403);
    expect(staff.json().error.code).toBe('FORBIDDEN');
    const forged = await get('/bi/datasets', 'Bearer not.a.token');
    expect(forged.status).toBe(401);
  });

  it('lists the datasets with the row count and last change the caller sees', async () => {
    const all = JSON.parse((await get('/bi/datasets', 'Bearer jgk_all_secret')).text) as { datasets: ListedDataset[] };
    expect(all.datasets.map((d) => d.name)).toEqual(fixture.datasets.map((d) => d.name));
    const things = all.datasets.find((d) => d.name === 'fixture_things');
    expect(things).toMatchObject({ owner: 'fixture', view: fixture.datasets[0]?.view, keyColumns: ['id'], rowCount: THING_ROWS, lastChange: new Date(Date.UTC(2024, 0, 1) + THING_ROWS * 3_600_000).toISOString() });
    expect(things?.columns).toEqual(fixture.datasets[0]?.columns);
    expect(all.datasets.find((d) => d.name === 'fixture_big')).toMatchObject({ rowCount: 1_048_576, lastChange: null });
    // A view that fails is listed without its figures; the others still are.
    expect(all.datasets.find((d) => d.name === 'fixture_failing')).toMatchObject({ rowCount: null, lastChange: null });
    const scoped = JSON.parse((await get('/bi/datasets', 'Bearer jgk_one_secret')).text) as { datasets: ListedDataset[] };
    expect(scoped.datasets[0]?.rowCount).toBe(THING_ROWS / 3);
  });

  it('answers 503 SUBGRAPH_UNAVAILABLE when the directory cannot verify a key', async () => {
    await hub.federation.stopSubgraph('directory');
    const answer = await get('/bi/datasets/fixture_things.csv', 'Bearer jgk_all_secret');
    expect(answer.status).toBe(503);
    expect(answer.json().error.code).toBe('SUBGRAPH_UNAVAILABLE');
  });
});
