import { databaseTargets } from '@jiguan/embedded-postgres/testing/database-targets';
import { query } from '@jiguan/embedded-postgres/testing/sql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBiFixture, THING_ROWS, UNITS } from './harness/bi-fixture.ts';
import { startBiHub, type BiHub } from './harness/bi-hub.ts';
import { csvRecords, getExport, ndjsonRecords, xlsxRows } from './harness/read-export.ts';

describe.each(databaseTargets())('BI exports on $name', ({ url }) => {
  let fixture: Awaited<ReturnType<typeof createBiFixture>>;
  let hub: BiHub;
  let auth: Record<string, string>;
  const get = (path: string, headers = auth) => getExport(`${hub.origin}${path}`, headers);
  const sqlIds = async (where: string) => (await query<{ id: number }>(url, `SELECT id FROM ${fixture.schema}.things WHERE ${where} ORDER BY id`)).map((r) => r.id);

  beforeAll(async () => {
    fixture = await createBiFixture(url);
    hub = await startBiHub({ databaseUrl: url, datasets: fixture.datasets });
    auth = { authorization: `Bearer ${await hub.token()}` };
  });
  afterAll(async () => {
    await hub?.stop();
    await fixture?.drop();
  });

  it('exports the whole view as CSV: a BOM, a header row of the column names, every row and every character as in the view', async () => {
    const answer = await get('/bi/datasets/fixture_things.csv');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const records = csvRecords(answer.body);
    expect(records).toHaveLength(THING_ROWS);
    expect(Object.keys(records[0] ?? {})).toEqual(fixture.datasets[0]?.columns.map((c) => c.name));
    expect(records.map((r) => Number(r.id))).toEqual(await sqlIds('TRUE'));
    const [expected] = await query<Record<string, string>>(url, `SELECT name, day::text, amount::text, changed_at::text FROM ${fixture.schema}.things WHERE id = 7`);
    expect(records[6]).toMatchObject({ id: '7', unit_code: 'U1', name: expected?.name, day: expected?.day, amount: expected?.amount, active: 'f' });
    expect(records[6]?.name).toBe('物品 7, "引号"\n第二行');
    // Nulls are empty fields.
    expect(records[9]?.name).toBe('');
  });

  it('exports NDJSON: one JSON object a line, typed as PostgreSQL types them', async () => {
    const answer = await get('/bi/datasets/fixture_things.ndjson');
    expect(answer.status).toBe(200);
    const records = ndjsonRecords(answer.body);
    expect(records).toHaveLength(THING_ROWS);
    expect(records[6]).toEqual({
      id: 7,
      unit_id: 'org-1',
      unit_code: 'U1',
      name: '物品 7, "引号"\n第二行',
      day: '2024-01-08',
      amount: 8.75,
      big: 7_000_000_000,
      active: false,
      changed_at: '2024-01-01T07:00:00',
    });
    expect(records[9]?.name).toBeNull();
  });

  it('exports XLSX that exceljs opens: a header row, then every row with numbers, dates and text', async () => {
    const answer = await get('/bi/datasets/fixture_things.xlsx');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const { header, rows } = await xlsxRows(answer.body);
    expect(header).toEqual(fixture.datasets[0]?.columns.map((c) => c.name));
    expect(rows).toHaveLength(THING_ROWS);
    const row7 = rows[6] ?? [];
    expect(row7.slice(0, 4)).toEqual([7, 'org-1', 'U1', '物品 7, "引号"\n第二行']);
    expect(row7[5]).toBe(8.75);
    expect(row7[6]).toBe(7_000_000_000);
    expect(row7[4]).toEqual(new Date('2024-01-08T00:00:00Z'));
    expect(row7[8]).toEqual(new Date('2024-01-01T07:00:00Z'));
  });

  it('takes columns, unit, from, to and since, and answers what the same SQL does', async () => {
    const params = 'columns=id,unit_code,day&unit=U1&from=2024-02-01&to=2024-02-29&since=2024-01-20T00:00:00Z';
    const expected = await sqlIds(`unit_code = 'U1' AND day BETWEEN '2024-02-01' AND '2024-02-29' AND changed_at >= '2024-01-20'`);
    expect(expected.length).toBeGreaterThan(10);
    const csv = csvRecords((await get(`/bi/datasets/fixture_things.csv?${params}`)).body);
    expect(Object.keys(csv[0] ?? {})).toEqual(['id', 'unit_code', 'day']);
    expect(csv.map((r) => Number(r.id))).toEqual(expected);
    expect(ndjsonRecords((await get(`/bi/datasets/fixture_things.ndjson?${params}`)).body).map((r) => r.id)).toEqual(expected);
    expect((await xlsxRows((await get(`/bi/datasets/fixture_things.xlsx?${params}`)).body)).rows.map((r) => r[0])).toEqual(expected);
    // Two units at once.
    expect(csvRecords((await get('/bi/datasets/fixture_things.csv?unit=U0,U2&columns=id')).body)).toHaveLength(THING_ROWS - THING_ROWS / 3);
  });

  it('refuses bad parameters with 400, a code and a message naming what to fix', async () => {
    for (const [path, words] of [
      ['/bi/datasets/fixture_things.csv?columns=id,nope', 'nope'],
      ['/bi/datasets/fixture_things.csv?columns=id;DROP TABLE x', 'id;DROP TABLE x'],
      ['/bi/datasets/fixture_things.ndjson?from=yesterday', 'from'],
      ['/bi/datasets/fixture_things.xlsx?since=2024-13-45', 'since'],
      ["/bi/datasets/fixture_things.csv?since=2024-01-01'; DROP TABLE x; --", 'since'],
      ['/bi/datasets/fixture_big.csv?unit=U1', 'unit'],
    ] as const) {
      const answer = await get(path);
      expect(answer.status, path).toBe(400);
      const { error } = JSON.parse(answer.body.toString('utf8')) as { error: { code: string; message: string } };
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain(words);
    }
    expect((await get('/bi/datasets/nothing_here.csv')).status).toBe(404);
    expect((await get('/bi/datasets/fixture_things.pdf')).status).toBe(404);
  });

  it('gives a unit-scoped caller only its unit’s rows, in every format', async () => {
    hub.keys.set('jgk_unit1_secret', { name: 'unit one', datasets: null, unitIds: ['org-1'] });
    const key = { authorization: 'Bearer jgk_unit1_secret' };
    const expected = await sqlIds(`unit_id = 'org-1'`);
    expect(expected).toHaveLength(THING_ROWS / 3);
    expect(csvRecords((await get('/bi/datasets/fixture_things.csv', key)).body).map((r) => Number(r.id))).toEqual(expected);
    expect(ndjsonRecords((await get('/bi/datasets/fixture_things.ndjson', key)).body).map((r) => r.id)).toEqual(expected);
    expect((await xlsxRows((await get('/bi/datasets/fixture_things.xlsx', key)).body)).rows.map((r) => r[0])).toEqual(expected);
    // Its own unit filter narrows further; another unit's code gives nothing.
    expect(csvRecords((await get('/bi/datasets/fixture_things.csv?unit=U2', key)).body)).toHaveLength(0);
    // An account's data scope does the same.
    const scoped = { authorization: `Bearer ${await hub.token({ dataScope: 'UNIT_AND_CHILDREN', organizationIds: ['org-2'] })}` };
    expect(new Set(csvRecords((await get('/bi/datasets/fixture_things.csv', scoped)).body).map((r) => r.unit_code))).toEqual(new Set(['U2']));
    // A key scoped to no unit at all sees no unit's rows.
    hub.keys.set('jgk_nounit_secret', { name: 'no unit', datasets: null, unitIds: [] });
    expect(csvRecords((await get('/bi/datasets/fixture_things.csv', { authorization: 'Bearer jgk_nounit_secret' })).body)).toHaveLength(0);
    expect(UNITS).toHaveLength(3);
  });

  it('refuses an XLSX past Excel’s sheet limit with 413, pointing to CSV', async () => {
    const answer = await get('/bi/datasets/fixture_big.xlsx');
    expect(answer.status).toBe(413);
    const { error } = JSON.parse(answer.body.toString('utf8')) as { error: { code: string; message: string } };
    expect(error.code).toBe('TOO_MANY_ROWS');
    expect(error.message).toContain('CSV');
    expect(error.message).toContain('1048576');
  });

  it('answers a query that fails with 500 and no SQL, or cuts the stream off: never a whole-looking file', async () => {
    for (const format of ['csv', 'ndjson', 'xlsx']) {
      const response = await fetch(`${hub.origin}/bi/datasets/fixture_failing.${format}`, { headers: auth });
      // The row fails while PostgreSQL sorts, before the first byte: an error answer, no SQL in it.
      if (response.status === 200) await expect(response.arrayBuffer(), format).rejects.toThrow();
      else {
        expect(response.status, format).toBe(500);
        const { error } = (await response.json()) as { error: { code: string; message: string } };
        expect(error.code).toBe('INTERNAL');
        expect(error.message).not.toMatch(/fixture failure|SELECT|fail_at/);
      }
    }
    // The gateway serves on.
    expect((await get('/bi/datasets/fixture_things.csv?columns=id')).status).toBe(200);
  });

  it('lets go of the connection when the client goes away (on PGlite: the connection closed), and serves on', async () => {
    const controller = new AbortController();
    const response = await fetch(`${hub.origin}/bi/datasets/fixture_big.csv`, { headers: auth, signal: controller.signal });
    await response.body?.getReader().read();
    controller.abort();
    for (let i = 0; i < 3; i++) expect(csvRecords((await get('/bi/datasets/fixture_things.csv?columns=id')).body)).toHaveLength(THING_ROWS);
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('BI exports on PostgreSQL, when the client goes away', () => {
  const url = process.env.TEST_DATABASE_URL ?? '';
  let fixture: Awaited<ReturnType<typeof createBiFixture>>;
  let hub: BiHub;
  beforeAll(async () => {
    fixture = await createBiFixture(url);
    hub = await startBiHub({ databaseUrl: url, datasets: fixture.datasets });
  });
  afterAll(async () => {
    await hub?.stop();
    await fixture?.drop();
  });

  const running = async () =>
    query<{ pid: number }>(url, `SELECT pid FROM pg_stat_activity WHERE query LIKE $1 AND pid <> pg_backend_pid()`, [`%${fixture.schema}"."many%`]);

  it.each(['csv', 'ndjson', 'xlsx'])('cuts a %s export off when the database connection dies half-way', async (format) => {
    const response = await fetch(`${hub.origin}/bi/datasets/fixture_many.${format}`, { headers: { authorization: `Bearer ${await hub.token()}` } });
    expect(response.status).toBe(200);
    const reader = response.body?.getReader();
    await reader?.read();
    await query(url, 'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE $1 AND pid <> pg_backend_pid()', [`%${fixture.schema}"."many%`]);
    const rest = (async () => {
      while (!(await reader?.read())?.done);
    })();
    await expect(rest).rejects.toThrow();
  });

  it.each(['csv', 'ndjson', 'xlsx'])('cancels the query of a %s export the client stopped reading', async (format) => {
    const controller = new AbortController();
    const path = `/bi/datasets/fixture_many.${format}`;
    const response = await fetch(`${hub.origin}${path}`, { headers: { authorization: `Bearer ${await hub.token()}` }, signal: controller.signal });
    expect(response.status).toBe(200);
    const reader = response.body?.getReader();
    await reader?.read();
    expect((await running()).length).toBe(1);
    controller.abort();
    await expect.poll(async () => (await running()).length, { timeout: 5000 }).toBe(0);
    // The pool's connection was discarded, not left in a transaction: the next export works.
    expect((await fetch(`${hub.origin}/bi/datasets/fixture_things.csv?columns=id`, { headers: { authorization: `Bearer ${await hub.token()}` } })).status).toBe(200);
  });
});
