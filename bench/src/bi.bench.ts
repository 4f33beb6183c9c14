/**
 * The BI endpoints at the speed of COPY: a dataset grown to 100,000 and 1,000,000 rows on
 * PostgreSQL; rows/s of our CSV and NDJSON exports (and XLSX) ÷ rows/s of
 * `psql -c "COPY (SELECT * FROM <view>) TO STDOUT"` on the same view in the same run (target ≥ 0.5);
 * OData pages of 10,000 rows (rows/s, p99 per page); the gateway process's peak RSS during each
 * export (target < 300 MB, no growth with the row count).
 *
 *   npm run bench:bi --prefix bench
 *
 * BENCH_POSTGRES_URL: the server (a fresh database per run, dropped after). To measure a real view
 * instead of the grown fixture: BENCH_BI_DATABASE_URL (its database, left as it is), BENCH_BI_VIEW
 * (`bi_assets.buildings`) and BENCH_BI_KEY (its key columns, default `id`). BENCH_ROUNDS (default
 * 3) rounds of each export; BENCH_BI_ODATA_PAGES (default 20) pages read per OData run.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import type { BiDataset } from '../../shared-schema/src/bi/dataset-catalogue.ts';
import { datasetOfView, growFixtureViews } from './bi/bi-fixture-views.ts';
import { rssMiB, sampleTreeRss } from './lib/memory.ts';
import { BENCH_ROOT, TSX } from './lib/paths.ts';
import { writeResult } from './lib/results.ts';
import { formatSpread, spread, type Spread } from './lib/stats.ts';
import { textTable } from './lib/table.ts';

const env = process.env;
const rounds = Number(env.BENCH_ROUNDS ?? 3);
const odataPages = Number(env.BENCH_BI_ODATA_PAGES ?? 20);
const started = performance.now();
const say = (message: string) => console.log(`[bench:bi] ${message} (${((performance.now() - started) / 1000).toFixed(0)} s)`);

async function admin(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

// The database: the given one with its view, or a fresh one with the fixture grown in it.
const serverUrl = env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const fresh = `jiguan_bench_bi_${process.pid}`;
let databaseUrl = env.BENCH_BI_DATABASE_URL;
let views: string[];
const workDir = await mkdtemp(join(tmpdir(), 'jiguan-bench-bi-'));
if (env.BENCH_BI_VIEW) {
  if (!databaseUrl) throw new Error('BENCH_BI_VIEW needs BENCH_BI_DATABASE_URL, the database that holds it');
  views = [env.BENCH_BI_VIEW];
} else {
  await admin(serverUrl, `CREATE DATABASE ${fresh}`);
  const u = new URL(serverUrl);
  u.pathname = `/${fresh}`;
  databaseUrl = u.toString();
  say(`growing the fixture in ${fresh}`);
  views = await growFixtureViews(databaseUrl, [100_000, 1_000_000]);
}
const url = databaseUrl ?? '';
const version = String((await admin(url, 'SELECT version()')).rows[0]?.version ?? '').split(' on ')[0];
const datasets: BiDataset[] = [];
for (const view of views) datasets.push(await datasetOfView(url, view, env.BENCH_BI_KEY ?? 'id'));
const sizes = await Promise.all(views.map(async (view) => Number((await admin(url, `SELECT count(*) AS n FROM ${view}`)).rows[0]?.n)));

// The gateway, its own process (its RSS is what is measured).
const datasetsFile = join(workDir, 'datasets.json');
await writeFile(datasetsFile, JSON.stringify(datasets));
const child = spawn(process.execPath, [...TSX, 'src/bi/bi-gateway-main.ts'], {
  cwd: BENCH_ROOT,
  env: { ...env, BENCH_BI_DATABASE_URL: url, BENCH_BI_DATASETS: datasetsFile, LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const [origin, token] = await new Promise<[string, string]>((resolve, reject) => {
  child.once('exit', (code) => reject(new Error(`the gateway exited (${code})`)));
  createInterface({ input: child.stdout }).on('line', (line) => {
    const match = /^ready (\S+) (\S+)$/.exec(line);
    if (match) resolve([match[1] ?? '', match[2] ?? '']);
  });
});
const pid = child.pid ?? -1;
const auth = { authorization: `Bearer ${token}` };
say(`gateway ready at ${origin} (pid ${pid}) on ${version}`);

/** Seconds to read a whole body, its bytes and newlines, and the gateway's peak RSS meanwhile. */
async function download(path: string) {
  const sampler = sampleTreeRss(pid, 50);
  const t0 = performance.now();
  const response = await fetch(`${origin}${path}`, { headers: auth });
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  let bytes = 0;
  let lines = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (const byte of chunk) if (byte === 10) lines++;
  }
  return { seconds: (performance.now() - t0) / 1000, bytes, lines, peakMiB: sampler.stop() };
}

/** Seconds of psql's COPY of the view; `orderBy` adds the key order our exports keep (the same query as ours). */
async function psqlCopy(view: string, orderBy?: string): Promise<number> {
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const sql = `COPY (SELECT * FROM ${view}${orderBy ? ` ORDER BY ${orderBy}` : ''}) TO STDOUT`;
    const psql = spawn('psql', ['-X', '-q', url, '-c', sql], { stdio: ['ignore', 'pipe', 'inherit'] });
    psql.stdout.resume();
    psql.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`psql exited ${code}`))));
  });
  return (performance.now() - t0) / 1000;
}

interface ExportFigures {
  rows: number;
  format: string;
  rowsPerSecond: Spread;
  ratioToCopy: Spread | null;
  peakRssMiB: number;
  idleRssMiB: number;
}
const exports: ExportFigures[] = [];
const copies: { rows: number; rowsPerSecond: Spread; orderedRowsPerSecond: Spread }[] = [];
const odata: { rows: number; pages: number; rowsPerSecond: number; p50PageMs: number; p99PageMs: number; peakRssMiB: number }[] = [];

for (const [i, dataset] of datasets.entries()) {
  const rows = sizes[i] ?? 0;
  const view = views[i] ?? '';
  say(`${view}: ${rows} rows`);
  await download(`/bi/datasets/${dataset.name}.csv`); // warm-up: the view's pages in the cache
  const copy: number[] = [];
  const orderedCopy: number[] = [];
  const ours: Record<string, number[]> = { csv: [], ndjson: [], xlsx: [] };
  const peaks: Record<string, number> = { csv: 0, ndjson: 0, xlsx: 0 };
  const idle = rssMiB(pid);
  for (let round = 0; round < rounds; round++) {
    // Interleaved, so a change in the machine touches both sides alike.
    copy.push(rows / (await psqlCopy(view)));
    orderedCopy.push(rows / (await psqlCopy(view, dataset.keyColumns.join(', '))));
    for (const format of ['csv', 'ndjson', ...(round === 0 ? ['xlsx'] : [])]) {
      const result = await download(`/bi/datasets/${dataset.name}.${format}`);
      if (format !== 'xlsx' && result.lines !== rows + (format === 'csv' ? 1 : 0)) throw new Error(`${format} of ${view}: ${result.lines} lines for ${rows} rows`);
      ours[format]?.push(rows / result.seconds);
      peaks[format] = Math.max(peaks[format] ?? 0, result.peakMiB);
    }
  }
  const copySpread = spread(copy);
  copies.push({ rows, rowsPerSecond: copySpread, orderedRowsPerSecond: spread(orderedCopy) });
  for (const format of ['csv', 'ndjson', 'xlsx']) {
    const values = ours[format] ?? [];
    exports.push({
      rows,
      format,
      rowsPerSecond: spread(values),
      ratioToCopy: format === 'xlsx' ? null : spread(values.map((v, r) => v / (copy[r] ?? 1))),
      peakRssMiB: peaks[format] ?? 0,
      idleRssMiB: idle,
    });
  }
  // OData: the first pages of the entity set, following @odata.nextLink.
  const sampler = sampleTreeRss(pid, 50);
  const pageMs: number[] = [];
  let read = 0;
  let next: string | undefined = `${origin}/odata/${dataset.name}`;
  const t0 = performance.now();
  while (next && pageMs.length < odataPages) {
    const p0 = performance.now();
    const response = await fetch(next, { headers: auth });
    const page = (await response.json()) as { value: unknown[]; '@odata.nextLink'?: string };
    pageMs.push(performance.now() - p0);
    read += page.value.length;
    next = page['@odata.nextLink'];
  }
  const sorted = [...pageMs].sort((a, b) => a - b);
  odata.push({
    rows: read,
    pages: pageMs.length,
    rowsPerSecond: read / ((performance.now() - t0) / 1000),
    p50PageMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
    p99PageMs: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] ?? 0,
    peakRssMiB: sampler.stop(),
  });
}

child.kill('SIGTERM');
await new Promise((resolve) => child.once('exit', resolve));
if (!env.BENCH_BI_VIEW) await admin(serverUrl, `DROP DATABASE IF EXISTS ${fresh} WITH (FORCE)`);
await rm(workDir, { recursive: true, force: true });

console.log(`\nBI exports (${version}; ${rounds} rounds, median (min–max); the gateway process's peak RSS)\n`);
console.log(
  textTable(
    ['rows', 'format', 'rows/s', '÷ psql COPY', 'peak RSS MiB', 'idle RSS MiB'],
    [
      ...copies.flatMap((c) => [
        [String(c.rows), 'psql COPY', formatSpread(c.rowsPerSecond), '1', '', ''],
        [String(c.rows), 'psql COPY … ORDER BY key', formatSpread(c.orderedRowsPerSecond), formatSpread(spread([c.orderedRowsPerSecond.median / c.rowsPerSecond.median]), 2), '', ''],
      ]),
      ...exports.map((e) => [String(e.rows), e.format, formatSpread(e.rowsPerSecond), e.ratioToCopy ? formatSpread(e.ratioToCopy, 2) : '', e.peakRssMiB.toFixed(0), e.idleRssMiB.toFixed(0)]),
    ],
  ),
);
console.log(`\nOData pages of ${env.BI_ODATA_PAGE_SIZE ?? 10000} rows (the first ${odataPages} pages, following @odata.nextLink)\n`);
console.log(
  textTable(
    ['view rows', 'pages', 'rows read', 'rows/s', 'p50 ms/page', 'p99 ms/page', 'peak RSS MiB'],
    odata.map((o, i) => [String(sizes[i]), String(o.pages), String(o.rows), o.rowsPerSecond.toFixed(0), o.p50PageMs.toFixed(0), o.p99PageMs.toFixed(0), o.peakRssMiB.toFixed(0)]),
  ),
);
const file = await writeResult('bi', { settings: { rounds, odataPages, views, database: version }, figures: { copies, exports, odata } });
say(`written ${file}`);
