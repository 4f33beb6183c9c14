/**
 * The BI exports of the real hub: every dataset the subgraphs publish, in every format, through the
 * gateway, against the views themselves (read as the BI role); a key scoped to one unit, created by
 * the admin through the graph, sees that unit's rows only; a revoked key is refused at once.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BiDataset } from '@jiguan/shared-schema/bi/dataset-catalogue';
import { as, dataOf, tokenOf } from '@jiguan/runner/testing/demo-client';
import { testHub } from '@jiguan/runner/testing/test-hub';
import { csvRecords, getExport, ndjsonRecords, xlsxRows } from './bi/harness/read-export.ts';

type ListedDataset = BiDataset & { rowCount: number | null };

const gatewayOrigin = () => new URL(testHub().gatewayUrl).origin;
const FORMATS = ['csv', 'ndjson', 'xlsx'] as const;

/** The rows of an export in any format, counted from what was sent (CSV parsed, NDJSON lines, the XLSX opened). */
async function exportedRows(dataset: string, format: (typeof FORMATS)[number], authorization: string): Promise<number> {
  const answer = await getExport(`${gatewayOrigin()}/bi/datasets/${dataset}.${format}`, { authorization });
  expect(answer.status, `${dataset}.${format}: ${answer.body.toString('utf8').slice(0, 300)}`).toBe(200);
  if (format === 'csv') return csvRecords(answer.body).length;
  if (format === 'ndjson') return ndjsonRecords(answer.body).length;
  return (await xlsxRows(answer.body)).rows.length;
}

/** The rows of an OData entity set: its first page's `@odata.count` and the length of every page, following nextLink. */
async function odataCount(dataset: string, authorization: string): Promise<number> {
  let url: string | undefined = `${gatewayOrigin()}/odata/${dataset}?$count=true`;
  let counted: number | undefined;
  let rows = 0;
  while (url) {
    const response = await fetch(url, { headers: { authorization } });
    expect(response.status, url).toBe(200);
    const page = (await response.json()) as { value: unknown[]; '@odata.count'?: number; '@odata.nextLink'?: string };
    counted ??= page['@odata.count'];
    rows += page.value.length;
    url = page['@odata.nextLink'];
  }
  expect(rows, `${dataset}: rows read against @odata.count`).toBe(counted);
  return rows;
}

let db: pg.Client;

/** A view's rows as the BI role sees it, narrowed to `unitIds` when given (the gateway's own setting). */
async function viewCount(view: string, unitIds?: string[]): Promise<number> {
  await db.query('BEGIN READ ONLY');
  try {
    await db.query('SET LOCAL ROLE jiguan_bi');
    if (unitIds) await db.query(`SELECT set_config('jiguan.bi_unit_ids', $1, true)`, [unitIds.join(',')]);
    const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${view}`);
    return Number(rows[0]?.n);
  } finally {
    await db.query('ROLLBACK');
  }
}

async function listDatasets(authorization: string): Promise<ListedDataset[]> {
  const response = await fetch(`${gatewayOrigin()}/bi/datasets`, { headers: { authorization } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { datasets: ListedDataset[] }).datasets;
}

async function createKey(input: { name: string; unitIds: string[] | null }): Promise<{ id: string; key: string }> {
  const created = dataOf(
    await as<{ createBiApiKey: { key: string; apiKey: { id: string } } }>(
      'admin',
      'mutation ($input: CreateBiApiKeyInput!) { createBiApiKey(input: $input) { key apiKey { id } } }',
      { input: { ...input, datasets: null, expiresAt: null } },
    ),
  );
  return { id: created.createBiApiKey.apiKey.id, key: created.createBiApiKey.key };
}

beforeAll(async () => {
  db = new pg.Client({ connectionString: testHub().databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db.end();
});

describe('the BI exports of every published dataset', () => {
  it('export every dataset in CSV, NDJSON and XLSX with the row count of its view, for a BI_READER account', async () => {
    const authorization = `Bearer ${await tokenOf('bi')}`;
    const datasets = await listDatasets(authorization);
    expect(datasets.map((d) => d.owner).sort()).toEqual(expect.arrayContaining(['assets', 'directory']));
    expect(datasets.length).toBeGreaterThanOrEqual(30);
    for (const dataset of datasets) {
      const expected = await viewCount(dataset.view);
      expect(dataset.rowCount, dataset.name).toBe(expected);
      for (const format of FORMATS) expect(await exportedRows(dataset.name, format, authorization), `${dataset.name}.${format}`).toBe(expected);
      expect(await odataCount(dataset.name, authorization), `odata ${dataset.name}`).toBe(expected);
    }
  });

  it('give a key scoped to one unit only that unit’s rows, in every format, and refuse the key once revoked', async () => {
    const unit = dataOf(await as<{ organizations: { edges: { node: { id: string } }[] } }>('admin', '{ organizations(first: 1, filter: { search: "区审计局" }) { edges { node { id } } } }'));
    const unitId = unit.organizations.edges[0]?.node.id as string;
    const { id, key } = await createKey({ name: '区审计局 Power BI（测试）', unitIds: [unitId] });
    const authorization = `Bearer ${key}`;
    const datasets = (await listDatasets(authorization)).filter((d) => d.unitColumn);
    let narrowed = 0;
    for (const dataset of datasets) {
      const expected = await viewCount(dataset.view, [unitId]);
      if (expected < (await viewCount(dataset.view))) narrowed += 1;
      expect(dataset.rowCount, dataset.name).toBe(expected);
      for (const format of FORMATS) expect(await exportedRows(dataset.name, format, authorization), `${dataset.name}.${format}`).toBe(expected);
    }
    // The scope did narrow: the unit has rows in some datasets, and fewer than every unit together.
    expect(narrowed).toBeGreaterThan(5);

    dataOf(await as('admin', 'mutation ($id: ID!) { revokeBiApiKey(id: $id) { id } }', { id }));
    const refused = await getExport(`${gatewayOrigin()}/bi/datasets/directory_units.csv`, { authorization });
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.body.toString('utf8')).error.code).toBe('API_KEY_REVOKED');
  });
});
