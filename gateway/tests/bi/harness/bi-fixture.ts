import type { BiDataset } from '@jiguan/shared-schema/bi/dataset-catalogue';
import { dropSchema, query, uniqueSchema } from '@jiguan/embedded-postgres/testing/sql';

/** Rows of the fixture view `things`. */
export const THING_ROWS = 3000;
/** Rows of `failing`, whose row FAIL_AT fails as it is sent (a mid-stream error). */
export const FAILING_ROWS = 60_000;
export const FAIL_AT = 50_000;
/** One more data row than an Excel sheet holds beside its header row. */
export const TOO_MANY_FOR_EXCEL = 1_048_576;

/** The three units of the fixture: rows of `things` go round them (row g belongs to unit g % 3). */
export const UNITS = [
  { id: 'org-0', code: 'U0' },
  { id: 'org-1', code: 'U1' },
  { id: 'org-2', code: 'U2' },
];

const titled = (name: string) => ({ 'zh-CN': `列${name}`, en: name });

/**
 * A stand-in for a subgraph's BI views, as the contract has them (docs/bi-http.md): a schema of its
 * own with a unit-scoped view `things` (every column type, nulls, Chinese text, commas, quotes and
 * newlines), a minimal `unit_visible` over `jiguan.bi_unit_ids`, a view too large for Excel, and
 * one that fails half-way; readable by the role jiguan_bi.
 */
export async function createBiFixture(url: string) {
  const schema = uniqueSchema('bi');
  const q = (sql: string) => query(url, sql);
  // Roles are the cluster's: made once, whoever comes first (another run may race us).
  await q(`DO $$ BEGIN CREATE ROLE jiguan_bi NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
  await q(`CREATE SCHEMA ${schema}`);
  await q(`
    CREATE FUNCTION ${schema}.unit_visible(unit_id text) RETURNS boolean LANGUAGE sql STABLE AS $$
      SELECT coalesce(current_setting('jiguan.bi_unit_ids', true), '') = ''
          OR unit_id = ANY (string_to_array(current_setting('jiguan.bi_unit_ids', true), ','))
    $$`);
  await q(`
    CREATE VIEW ${schema}.things WITH (security_barrier) AS
      SELECT g AS id,
             'org-' || (g % 3) AS unit_id,
             'U' || (g % 3) AS unit_code,
             CASE WHEN g % 10 = 0 THEN NULL ELSE '物品 ' || g || E', "引号"\\n第二行' END AS name,
             (date '2024-01-01' + (g % 365)) AS day,
             (g * 1.25)::numeric(12, 2) AS amount,
             (g * 1000000000::bigint) AS big,
             (g % 2 = 0) AS active,
             (timestamp '2024-01-01 00:00:00' + g * interval '1 hour') AS changed_at
        FROM generate_series(1, ${THING_ROWS}) g
       WHERE ${schema}.unit_visible('org-' || (g % 3))`);
  await q(`CREATE VIEW ${schema}.big AS SELECT g AS id FROM generate_series(1, ${TOO_MANY_FOR_EXCEL}) g`);
  await q(`CREATE VIEW ${schema}.many AS SELECT g AS id FROM generate_series(1, ${TOO_MANY_FOR_EXCEL - 1}) g`);
  // Volatile, so PostgreSQL computes it after sorting, as each row is sent.
  await q(`
    CREATE FUNCTION ${schema}.fail_at(g integer) RETURNS text LANGUAGE plpgsql VOLATILE AS $$
      BEGIN IF g = ${FAIL_AT} THEN RAISE EXCEPTION 'fixture failure at row %', g; END IF; RETURN 'row ' || g; END
    $$`);
  await q(`CREATE VIEW ${schema}.failing AS SELECT g AS id, ${schema}.fail_at(g) AS label FROM generate_series(1, ${FAILING_ROWS}) g`);
  await q(`GRANT USAGE ON SCHEMA ${schema} TO jiguan_bi; GRANT SELECT ON ALL TABLES IN SCHEMA ${schema} TO jiguan_bi`);

  const columns = (list: [string, BiDataset['columns'][number]['type']][]) => list.map(([name, type]) => ({ name, type, title: titled(name) }));
  const datasets: BiDataset[] = [
    {
      name: 'fixture_things',
      owner: 'fixture',
      view: `${schema}.things`,
      title: { 'zh-CN': '物品', en: 'Things' },
      description: '测试用的数据集',
      columns: columns([
        ['id', 'integer'],
        ['unit_id', 'text'],
        ['unit_code', 'text'],
        ['name', 'text'],
        ['day', 'date'],
        ['amount', 'decimal'],
        ['big', 'bigint'],
        ['active', 'boolean'],
        ['changed_at', 'timestamp'],
      ]),
      keyColumns: ['id'],
      unitColumn: 'unit_code',
      dateColumn: 'day',
      changeColumn: 'changed_at',
    },
    { name: 'fixture_big', owner: 'fixture', view: `${schema}.big`, title: { 'zh-CN': '大', en: 'Big' }, description: '超过 Excel 行数上限', columns: columns([['id', 'integer']]), keyColumns: ['id'] },
    { name: 'fixture_many', owner: 'fixture', view: `${schema}.many`, title: { 'zh-CN': '多', en: 'Many' }, description: 'Excel 行数上限以内', columns: columns([['id', 'integer']]), keyColumns: ['id'] },
    {
      name: 'fixture_failing',
      owner: 'fixture',
      view: `${schema}.failing`,
      title: { 'zh-CN': '中途失败', en: 'Failing' },
      description: '导出到一半时出错',
      columns: columns([['id', 'integer'], ['label', 'text']]),
      keyColumns: ['id'],
    },
  ];
  return { schema, datasets, drop: () => dropSchema(url, schema) };
}
