import { OData } from '@odata/client';
import { databaseTargets } from '@jiguan/embedded-postgres/testing/database-targets';
import { query } from '@jiguan/embedded-postgres/testing/sql';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBiFixture, THING_ROWS } from './harness/bi-fixture.ts';
import { startBiHub, type BiHub } from './harness/bi-hub.ts';

const PAGE = 400;

interface Feed {
  '@odata.context': string;
  '@odata.count'?: number;
  '@odata.nextLink'?: string;
  value: Record<string, unknown>[];
}

describe.each(databaseTargets())('OData feed on $name', ({ url }) => {
  let fixture: Awaited<ReturnType<typeof createBiFixture>>;
  let hub: BiHub;
  let authorization: string;
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(path.startsWith('http') ? path : `${hub.origin}${path}`, { headers: { authorization, ...headers } });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };
  /** Every row of a query, following @odata.nextLink page by page. */
  const readAll = async (path: string) => {
    const pages: Feed[] = [];
    let next: string | undefined = path;
    while (next) {
      const answer = await get(next);
      expect(answer.status, answer.text).toBe(200);
      const page = JSON.parse(answer.text) as Feed;
      pages.push(page);
      next = page['@odata.nextLink'];
    }
    return { pages, rows: pages.flatMap((p) => p.value) };
  };
  const sqlIds = async (where: string, orderBy = 'id') =>
    (await query<{ id: number }>(url, `SELECT id FROM ${fixture.schema}.things WHERE ${where} ORDER BY ${orderBy}`)).map((r) => r.id);

  beforeAll(async () => {
    fixture = await createBiFixture(url);
    hub = await startBiHub({ databaseUrl: url, datasets: fixture.datasets, env: { BI_ODATA_PAGE_SIZE: String(PAGE) } });
    hub.keys.set('jgk_odata_secret', { name: 'odata', datasets: null, unitIds: null });
    authorization = `Bearer ${await hub.token()}`;
  });
  afterAll(async () => {
    await hub?.stop();
    await fixture?.drop();
  });

  it('serves the service document and an EDMX $metadata with every entity set, its key and its Edm types', async () => {
    const service = await get('/odata');
    expect(service.headers.get('odata-version')).toBe('4.0');
    expect((JSON.parse(service.text) as Feed).value.map((v) => v.name)).toEqual(fixture.datasets.map((d) => d.name));
    const metadata = await get('/odata/$metadata');
    expect(metadata.status).toBe(200);
    expect(metadata.headers.get('content-type')).toContain('application/xml');
    expect(XMLValidator.validate(metadata.text)).toBe(true);
    const edmx = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['EntityType', 'EntitySet', 'Property', 'PropertyRef'].includes(name) }).parse(metadata.text);
    const schema = edmx['edmx:Edmx']['edmx:DataServices'].Schema;
    expect(edmx['edmx:Edmx'].Version).toBe('4.0');
    expect(schema.EntityContainer.EntitySet.map((s: { Name: string }) => s.Name)).toEqual(fixture.datasets.map((d) => d.name));
    const things = schema.EntityType.find((t: { Name: string }) => t.Name === 'fixture_things');
    expect(things.Key.PropertyRef.map((r: { Name: string }) => r.Name)).toEqual(['id']);
    expect(Object.fromEntries(things.Property.map((p: { Name: string; Type: string }) => [p.Name, p.Type]))).toEqual({
      id: 'Edm.Int32',
      unit_id: 'Edm.String',
      unit_code: 'Edm.String',
      name: 'Edm.String',
      day: 'Edm.Date',
      amount: 'Edm.Decimal',
      big: 'Edm.Int64',
      active: 'Edm.Boolean',
      changed_at: 'Edm.DateTimeOffset',
    });
  });

  it('pages the whole entity set with @odata.nextLink, in key order, each row as in the view', async () => {
    const { pages, rows } = await readAll('/odata/fixture_things?$count=true');
    expect(pages).toHaveLength(Math.ceil(THING_ROWS / PAGE));
    expect(pages[0]?.['@odata.count']).toBe(THING_ROWS);
    // In key order, the next page starts after the last key seen (keyset paging, no OFFSET).
    expect(new URL(pages[0]?.['@odata.nextLink'] ?? '').searchParams.has('$skiptoken')).toBe(true);
    expect(rows.map((r) => r.id)).toEqual(await sqlIds('TRUE'));
    expect(rows[6]).toEqual({
      id: 7,
      unit_id: 'org-1',
      unit_code: 'U1',
      name: '物品 7, "引号"\n第二行',
      day: '2024-01-08',
      amount: 8.75,
      big: 7_000_000_000,
      active: false,
      changed_at: '2024-01-01T07:00:00.000Z',
    });
    // IEEE754Compatible: Int64 and Decimal as strings, for clients that would lose digits.
    const exact = JSON.parse((await get('/odata/fixture_things?$top=7', { accept: 'application/json;IEEE754Compatible=true' })).text) as Feed;
    expect(exact.value[6]).toMatchObject({ amount: '8.75', big: '7000000000' });
  });

  it('agrees with SQL on $filter, $orderby, $select, $top and $skip', async () => {
    const cases: [string, string, string][] = [
      ["unit_code eq 'U1' and amount gt 100 and (active eq true or name eq null)", "unit_code = 'U1' AND amount > 100 AND (active OR name IS NULL)", 'day DESC, id'],
      ["contains(name,'物品 12') or startswith(unit_id,'org-2') and not (id le 2900)", "strpos(name, '物品 12') > 0 OR (unit_id LIKE 'org-2%' AND NOT id <= 2900)", 'amount DESC, id'],
      ['day ge 2024-03-01 and day lt 2024-04-01 and changed_at ge 2024-02-01T00:00:00Z', "day >= '2024-03-01' AND day < '2024-04-01' AND changed_at >= '2024-02-01'", 'unit_code, id'],
      ["name ne null and endswith(name, '第二行') and big ge 2000000000000", "name IS NOT NULL AND name LIKE '%第二行' AND big >= 2000000000000", 'id'],
      ["unit_code eq 'it''s'", 'FALSE', 'id'],
    ];
    for (const [filter, where, order] of cases) {
      const orderby = order.replace(/, id$/, '').replace(/^id$/, '');
      const params = new URLSearchParams({ $filter: filter, $select: 'id,unit_code', $count: 'true', ...(orderby ? { $orderby: orderby.toLowerCase() } : {}) });
      const { pages, rows } = await readAll(`/odata/fixture_things?${params}`);
      const expected = await sqlIds(where, order);
      expect(rows.map((r) => r.id), filter).toEqual(expected);
      expect(pages[0]?.['@odata.count'], filter).toBe(expected.length);
      expect(Object.keys(rows[0] ?? { id: 0, unit_code: '' })).toEqual(['id', 'unit_code']);
    }
    const top = await readAll('/odata/fixture_things?$orderby=id desc&$skip=10&$top=900&$select=id');
    expect(top.pages).toHaveLength(3);
    expect(top.rows.map((r) => r.id)).toEqual((await sqlIds('TRUE', 'id DESC')).slice(10, 910));
    // $skip, $top and $select without the key, paged by key.
    const keyset = await readAll('/odata/fixture_things?$filter=unit_code ne \'U0\'&$skip=5&$top=1000&$select=name');
    expect(keyset.pages).toHaveLength(3);
    expect(keyset.rows).toEqual((await query<{ name: string | null }>(url, `SELECT name FROM ${fixture.schema}.things WHERE unit_code <> 'U0' ORDER BY id OFFSET 5 LIMIT 1000`)));
    expect((await get('/odata/fixture_things?$skiptoken=garbage')).status).toBe(400);
    expect((await get(`/odata/fixture_things?$orderby=day&$skiptoken=${Buffer.from('["1"]').toString('base64url')}`)).status).toBe(400);
    expect((await get('/odata/fixture_things/$count?$filter=active eq true')).text).toBe(String(THING_ROWS / 2));
  });

  it('is read end to end by an OData client library (@odata/client, HTTP Basic with the key), following the next links', async () => {
    const client = OData.New4({ serviceEndpoint: `${hub.origin}/odata/`, credential: { username: 'excel', password: 'jgk_odata_secret' } });
    const rows: Record<string, unknown>[] = [];
    let options = client.newOptions().filter("unit_code eq 'U2'").count(true);
    for (;;) {
      const page = (await client.newRequest({ collection: 'fixture_things', params: options })) as unknown as Feed;
      rows.push(...page.value);
      const next = page['@odata.nextLink'];
      if (!next) break;
      // The client builds the next request from the link's $skiptoken (it does not follow links itself).
      options = client.newOptions().filter("unit_code eq 'U2'").count(true).custom('$skiptoken', new URL(next).searchParams.get('$skiptoken'));
    }
    expect(rows.map((r) => r.id)).toEqual(await sqlIds("unit_code = 'U2'"));
  });

  it('refuses injection attempts and anything off the whitelist with 400 and an OData error that says what is wrong', async () => {
    const attempts: [string, string][] = [
      ["$filter=name eq 'x'; DROP TABLE things", '$filter'],
      ["$filter=name eq 'x') or (1 eq 1", '$filter'],
      ["$filter=name eq 'x' or 1 eq 1", '比较'],
      ['$filter=pg_sleep eq 1', 'pg_sleep'],
      ["$filter=unit_id eq 'a' or \"unit_id\" eq 'b'", '$filter'],
      ['$filter=name eq 1', 'name'],
      ["$filter=amount gt 'x'", 'amount'],
      ["$filter=tolower(name) eq 'x'", 'tolower'],
      ['$filter=id gt null', 'null'],
      ['$orderby=id; DROP TABLE things', '$orderby'],
      ['$orderby=pg_catalog.now()', '$orderby'],
      ['$select=id,(SELECT 1)', '$select'],
      ['$top=-1', '$top'],
      ['$skip=1e9', '$skip'],
      ['$expand=unit', '$expand'],
    ];
    for (const [params, words] of attempts) {
      const answer = await get(`/odata/fixture_things?${encodeURI(params).replaceAll(';', '%3B')}`);
      expect(answer.status, params).toBe(400);
      expect(answer.headers.get('odata-version')).toBe('4.0');
      const { error } = JSON.parse(answer.text) as { error: { code: string; message: string } };
      expect(error.code, params).toBe('BAD_USER_INPUT');
      expect(error.message, params).toContain(words);
    }
    // The view is still whole.
    expect((await query<{ n: string }>(url, `SELECT count(*) AS n FROM ${fixture.schema}.things`))[0]?.n).toBe(String(THING_ROWS));
    expect((await get('/odata/nothing')).status).toBe(404);
  });

  it('gives a unit-scoped key only its unit’s rows', async () => {
    hub.keys.set('jgk_odata_unit_secret', { name: 'unit', datasets: null, unitIds: ['org-0'] });
    const response = await fetch(`${hub.origin}/odata/fixture_things?$count=true&$select=id`, { headers: { authorization: 'Bearer jgk_odata_unit_secret' } });
    const page = (await response.json()) as Feed;
    expect(page['@odata.count']).toBe(THING_ROWS / 3);
    expect(page.value.map((r) => r.id)).toEqual((await sqlIds(`unit_id = 'org-0'`)).slice(0, PAGE));
  });
});
