import type { BiDataset } from '../../../shared-schema/src/bi/dataset-catalogue.ts';
import pg from 'pg';
import { COLUMN_TYPES } from '../../../tools/runner/src/testing/bi-database.ts';

async function run<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}


/** A BiDataset for any view (`schema.view`), its columns from information_schema, keyed by `key`. */
export async function datasetOfView(url: string, view: string, key: string): Promise<BiDataset> {
  const [schema, name] = view.split('.');
  const columns = await run<{ column_name: string; data_type: string }>(
    url,
    'SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position',
    [schema, name],
  );
  if (columns.length === 0) throw new Error(`no view ${view} (or no column in it)`);
  return {
    name: `bench_${name}`,
    owner: 'bench',
    view,
    title: { 'zh-CN': view, en: view },
    description: 'bench:bi',
    columns: columns.map((c) => ({ name: c.column_name, type: COLUMN_TYPES[c.data_type] ?? 'text', title: { 'zh-CN': c.column_name, en: c.column_name } })),
    keyColumns: key.split(','),
  };
}

/**
 * The fixture bench:bi grows when no view is given: a table of `largest` rows shaped like a BI
 * fact view (ids, unit codes, Chinese text, a date, a decimal, a flag, a change time) and one view
 * per size over it, readable by jiguan_bi.
 */
export async function growFixtureViews(url: string, sizes: number[]): Promise<string[]> {
  const largest = Math.max(...sizes);
  await run(url, `DO $$ BEGIN CREATE ROLE jiguan_bi NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
  await run(url, 'CREATE SCHEMA IF NOT EXISTS bench_bi');
  await run(url, 'DROP TABLE IF EXISTS bench_bi.things_base CASCADE');
  await run(
    url,
    `CREATE TABLE bench_bi.things_base AS
       SELECT g AS id, 'org-' || (g % 40) AS unit_id, 'U' || lpad((g % 40)::text, 3, '0') AS unit_code,
              '资产 ' || g || ' 号，办公楼' AS name, (date '2020-01-01' + (g % 2000)) AS day,
              (g * 1.37)::numeric(14, 2) AS amount, (g % 3 = 0) AS active,
              (timestamp '2024-01-01' + g * interval '1 second') AS changed_at
         FROM generate_series(1, ${largest}) g`,
  );
  await run(url, 'ALTER TABLE bench_bi.things_base ADD PRIMARY KEY (id); ANALYZE bench_bi.things_base');
  const views: string[] = [];
  for (const size of sizes) {
    await run(url, `CREATE VIEW bench_bi.things_${size} WITH (security_barrier) AS SELECT * FROM bench_bi.things_base WHERE id <= ${size}`);
    views.push(`bench_bi.things_${size}`);
  }
  await run(url, 'GRANT USAGE ON SCHEMA bench_bi TO jiguan_bi; GRANT SELECT ON ALL TABLES IN SCHEMA bench_bi TO jiguan_bi');
  return views;
}
