/**
 * Benchmark 3 — SQL statements per request: for a fixed set of operations, the statements each
 * subgraph sends to PostgreSQL for one request (the delta of `jiguan_sql_statements_total` on each
 * subgraph's /metrics around it; BEGIN/COMMIT included), at 10 rows and at 1,000 rows. A page holds
 * at most MAX_PAGE_SIZE (200) rows, so 1,000 rows are read as they would be: page after page, each
 * page a request; the figure to compare with 10 rows is the statements per page.
 *
 *   npm run bench:sql --prefix bench
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_PAGE_SIZE } from '../../shared-schema/src/pagination.ts';
import { postGraphQL, sqlStatementCount } from '../../tools/runner/src/testing/graphql-client.ts';
import { hasBuildings } from './lib/operations.ts';
import { REPO_ROOT } from './lib/paths.ts';
import { writeResult } from './lib/results.ts';
import { runBench } from './lib/run-bench.ts';
import { textTable } from './lib/table.ts';

interface SqlOperation {
  name: string;
  /** The paginated root field, whose connection is paged through. */
  root: string;
  /** Takes $first and $after; selects `pageInfo { hasNextPage endCursor }` on the root connection. */
  query: string;
}

const page = 'pageInfo { hasNextPage endCursor }';
const OPERATIONS: SqlOperation[] = [
  { name: 'units', root: 'organizations', query: `query ($first: Int!, $after: String) { organizations(first: $first, after: $after) { ${page} edges { node { id name code kind } } } }` },
  {
    name: 'units with parent, head count and 5 people',
    root: 'organizations',
    query: `query ($first: Int!, $after: String) { organizations(first: $first, after: $after) { ${page} edges { node { name parent { name } people(first: 5) { totalCount edges { node { name position } } } } } } }`,
  },
  {
    name: 'people with unit and its parent',
    root: 'people',
    query: `query ($first: Int!, $after: String) { people(first: $first, after: $after) { ${page} edges { node { name organization { name parent { name } } } } } }`,
  },
];
const ASSETS_OPERATIONS: SqlOperation[] = [
  {
    name: 'units with 5 people and 5 buildings (directory → assets)',
    root: 'organizations',
    query: `query ($first: Int!, $after: String) { organizations(first: $first, after: $after) { ${page} edges { node { name people(first: 5) { edges { node { name } } } buildings(first: 5) { totalCount edges { node { code name address } } } } } } }`,
  },
  {
    name: 'people with their unit’s buildings (directory → assets, 2 hops)',
    root: 'people',
    query: `query ($first: Int!, $after: String) { people(first: $first, after: $after) { ${page} edges { node { name organization { name buildings(first: 3) { edges { node { name } } } } } } } }`,
  },
];

interface PageCount {
  rows: number;
  /** Statements per subgraph for this one request. */
  statements: Record<string, number>;
}

await runBench('sql', async ({ bench, say }) => {
  const { gatewayUrl, subgraphUrls } = bench.hub;
  const operations = [...OPERATIONS, ...(hasBuildings(readFileSync(join(REPO_ROOT, 'shared-schema/supergraph.graphql'), 'utf8')) ? ASSETS_OPERATIONS : [])];

  /** One request through the gateway, with the statements each subgraph ran for it. */
  const request = async (op: SqlOperation, first: number, after: string | null) => {
    const before = Object.fromEntries(await Promise.all(Object.entries(subgraphUrls).map(async ([name, url]) => [name, await sqlStatementCount(url)] as const)));
    const result = await postGraphQL(gatewayUrl, op.query, { token: bench.token, variables: { first, after } });
    if (result.errors?.length || !result.data) throw new Error(`${op.name}: ${JSON.stringify(result.errors)}`);
    const after2 = await Promise.all(Object.entries(subgraphUrls).map(async ([name, url]) => [name, (await sqlStatementCount(url)) - (before[name] ?? 0)] as const));
    const connection = result.data[op.root] as { edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    return { rows: connection.edges.length, pageInfo: connection.pageInfo, statements: Object.fromEntries(after2) };
  };

  /** Reads `rows` rows in pages of at most MAX_PAGE_SIZE (fewer when the data runs out). */
  const readRows = async (op: SqlOperation, rows: number): Promise<PageCount[]> => {
    const pages: PageCount[] = [];
    let after: string | null = null;
    let read = 0;
    while (read < rows) {
      const r = await request(op, Math.min(MAX_PAGE_SIZE, rows - read), after);
      pages.push({ rows: r.rows, statements: r.statements });
      read += r.rows;
      if (!r.pageInfo.hasNextPage || !r.rows) break;
      after = r.pageInfo.endCursor;
    }
    return pages;
  };

  const figures = [];
  for (const op of operations) {
    await request(op, 2, null); // warm-up: connections opened, plans cached
    const ten = await readRows(op, 10);
    const thousand = await readRows(op, 1000);
    figures.push({ operation: op.name, query: op.query, rows10: ten, rows1000: thousand });
    say(`${op.name}: done`);
  }

  const subgraphs = Object.keys(subgraphUrls);
  const sum = (pages: PageCount[], s: string) => pages.reduce((n, p) => n + (p.statements[s] ?? 0), 0);
  const rows = figures.flatMap((f) =>
    subgraphs
      .filter((s) => sum(f.rows10, s) + sum(f.rows1000, s) > 0)
      .map((s) => {
        const perPage = f.rows1000.map((p) => p.statements[s] ?? 0);
        const rowsRead = f.rows1000.reduce((n, p) => n + p.rows, 0);
        const constant = perPage.every((n) => n === sum(f.rows10, s));
        return [
          f.operation,
          s,
          `${f.rows10.reduce((n, p) => n + p.rows, 0)} rows: ${sum(f.rows10, s)}`,
          `${rowsRead} rows in ${f.rows1000.length} request${f.rows1000.length > 1 ? 's' : ''}: ${perPage.join(' + ')} = ${sum(f.rows1000, s)}`,
          constant ? 'yes' : 'NO',
        ];
      }),
  );
  console.log(`\nSQL statements per request (${bench.database}; through our gateway; pages of at most ${MAX_PAGE_SIZE} rows)\n`);
  console.log(textTable(['operation', 'subgraph', 'at 10 rows', 'at 1,000 rows (statements per request)', 'same per request'], rows));
  console.log('\n"same per request": every request of the 1,000-row read ran as many statements as the 10-row request.');
  const file = await writeResult('sql', {
    settings: { database: bench.database, maxPageSize: MAX_PAGE_SIZE, through: 'our gateway (the hub’s own, as npm start runs it)' },
    figures,
    notes: [`1,000 rows are read in pages of ${MAX_PAGE_SIZE} (MAX_PAGE_SIZE, not raised for the benchmark); an operation with fewer rows in the demo data reads what there is.`],
  });
  say(`written ${file}`);
});
