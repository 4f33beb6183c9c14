/**
 * Benchmark 4 — start-up and footprint: the time from starting the runner's main (what `npm start`
 * runs after its build step) to its "ready" line, with a fresh data directory and with a reused
 * one, on the embedded database and on PostgreSQL; then the resident memory of every process of
 * the running hub (its process tree, plus the PostgreSQL server processes serving it).
 *
 *   npm run bench:startup --prefix bench
 */
import { spawn } from 'node:child_process';
import { readlinkSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import pg from 'pg';
import { SUBGRAPHS } from '../../shared-schema/src/subgraphs.ts';
import { processTree, rssMiB } from './lib/memory.ts';
import { benchOptions } from './lib/options.ts';
import { BENCH_ROOT, REPO_ROOT, TSX } from './lib/paths.ts';
import { assertPortsFree, benchPorts } from './lib/ports.ts';
import { writeResult } from './lib/results.ts';
import { spread, formatSpread } from './lib/stats.ts';
import { textTable } from './lib/table.ts';

const options = benchOptions();
const runs = Number(process.env.BENCH_STARTUP_RUNS ?? 3);
const say = (message: string) => console.log(`[bench:startup] ${message}`);

/** main.ts itself when its fixed ports (4000, the subgraphs', 5439, the frontends') are free; else the same call with the bench's offset. */
async function entry(): Promise<{ script: string; env: Record<string, string>; label: string }> {
  const mainPorts = [4000, 5439, 4100, 4101, ...SUBGRAPHS.map((s) => s.port)];
  try {
    await assertPortsFree(mainPorts);
    return { script: resolve(REPO_ROOT, 'tools/runner/src/main.ts'), env: {}, label: 'tools/runner/src/main.ts' };
  } catch {
    await assertPortsFree(benchPorts(options.portOffset));
    return {
      script: resolve(BENCH_ROOT, 'src/startup/hub-main.ts'),
      env: { BENCH_PORT_OFFSET: String(options.portOffset) },
      label: `bench/src/startup/hub-main.ts (main.ts's startHub call, ports +${options.portOffset}, no frontends: the default ports were taken)`,
    };
  }
}

interface StartResult {
  readyMs: number;
  /** Each progress line with the ms since spawn it appeared at. */
  phases: { atMs: number; line: string }[];
  /** Every process of the hub, with its resident memory. */
  processes: { name: string; pid: number; rssMiB: number }[];
  stopMs: number;
}

/** A readable name for a hub process: the subgraph or tool its working directory and script say. */
function processName(pid: number, command: string): string {
  if (command.includes('esbuild')) return 'esbuild (tsx)';
  let cwd = '';
  try {
    cwd = relative(REPO_ROOT, readlinkSync(`/proc/${pid}/cwd`));
  } catch {
    // gone
  }
  const script = command.split(' ').find((a) => a.endsWith('.ts')) ?? command;
  if (script.includes('embedded-postgres')) return 'postgres (embedded PGlite)';
  const frontend = /--dir \S*frontends\/([^/\s]+)\/dist/.exec(command);
  if (script.includes('static-server')) return frontend ? `frontend ${frontend[1]} (static server)` : 'static server';
  if (cwd.startsWith('subgraphs/')) return `subgraph ${basename(cwd)}`;
  if (cwd === 'gateway') return 'gateway';
  return relative(REPO_ROOT, resolve(cwd ? join(REPO_ROOT, cwd) : REPO_ROOT, script)) || script;
}

/** PostgreSQL server processes (backends) connected to `database`, with their resident memory. */
async function postgresBackends(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number; application_name: string }>(
      'SELECT pid, application_name FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    return rows.map((r) => ({ name: `postgres backend (${r.application_name || 'unnamed'})`, pid: r.pid, rssMiB: rssMiB(r.pid) }));
  } finally {
    await client.end();
  }
}

async function startOnce(script: string, env: Record<string, string>, databaseUrl: string | undefined): Promise<StartResult> {
  const started = performance.now();
  const child = spawn(process.execPath, [...TSX, script], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const phases: StartResult['phases'] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const readyMs = await new Promise<number>((resolvePromise, reject) => {
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        const atMs = performance.now() - started;
        phases.push({ atMs, line });
        if (/\[jiguan\] ready in/.test(line)) resolvePromise(atMs);
      }
    });
    child.once('exit', (code) => reject(new Error(`the hub exited (${code}) before it was ready: ${stderr.slice(-2000)}`)));
  });
  // Let every process settle after the ready line before reading its memory.
  await new Promise((r) => setTimeout(r, 2000));
  const processes = processTree(child.pid ?? -1).map((p) => ({ name: processName(p.pid, p.command), pid: p.pid, rssMiB: rssMiB(p.pid) }));
  processes[0] = { ...(processes[0] ?? { pid: -1, rssMiB: 0 }), name: 'runner (main)' };
  if (databaseUrl) processes.push(...(await postgresBackends(databaseUrl)));
  const stopping = performance.now();
  child.kill('SIGINT');
  await new Promise((r) => child.once('exit', r));
  return { readyMs, phases, processes, stopMs: performance.now() - stopping };
}

const { script, env: entryEnv, label } = await entry();
say(`starting the hub with ${label}, ${runs} × per case`);
const admin = async (sql: string) => {
  const client = new pg.Client({ connectionString: options.postgresUrl });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
};

interface Case {
  name: string;
  database: 'PGlite' | 'PostgreSQL';
  fresh: boolean;
  results: StartResult[];
}
const cases: Case[] = [];
const cleanups: (() => Promise<unknown>)[] = [];
try {
  for (const database of ['PGlite', 'PostgreSQL'] as const) {
    if (database === 'PostgreSQL' && options.database === 'pglite') continue;
    const fresh: Case = { name: `${database}, fresh data dir${database === 'PostgreSQL' ? ' and database' : ''}`, database, fresh: true, results: [] };
    const reused: Case = { name: `${database}, reused data dir${database === 'PostgreSQL' ? ' and database' : ''}`, database, fresh: false, results: [] };
    for (let i = 0; i < runs; i++) {
      const dataDir = await mkdtemp(join(tmpdir(), 'jiguan-startup-'));
      cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
      let databaseUrl: string | undefined;
      if (database === 'PostgreSQL') {
        const name = `jiguan_startup_${process.pid}_${i}`;
        await admin(`CREATE DATABASE ${name}`);
        cleanups.push(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
        const url = new URL(options.postgresUrl);
        url.pathname = `/${name}`;
        databaseUrl = url.toString();
      }
      const env = { ...entryEnv, JIGUAN_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
      fresh.results.push(await startOnce(script, env, databaseUrl));
      say(`${fresh.name}: ready in ${((fresh.results.at(-1)?.readyMs ?? 0) / 1000).toFixed(1)} s`);
      reused.results.push(await startOnce(script, env, databaseUrl));
      say(`${reused.name}: ready in ${((reused.results.at(-1)?.readyMs ?? 0) / 1000).toFixed(1)} s`);
    }
    cases.push(fresh, reused);
  }
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
}

/** When (ms since spawn, median of the runs) the last progress line matching `pattern` appeared. */
const phaseAt = (c: Case, pattern: RegExp) => {
  const at = spread(c.results.map((r) => r.phases.filter((p) => pattern.test(p.line)).at(-1)?.atMs ?? Number.NaN));
  return Number.isNaN(at.median) ? '–' : (at.median / 1000).toFixed(1);
};
console.log(`\nStart-up: from spawning ${label.split(' ')[0]} to its "ready" line, s; median (min–max) of ${runs}; phases: median s since spawn\n`);
console.log(
  textTable(
    ['case', 'ready', 'migrations applied', 'demo data in place', 'subgraphs ready', 'gateway ready', 'stop'],
    cases.map((c) => [
      c.name,
      formatSpread(spread(c.results.map((r) => r.readyMs / 1000)), 1),
      phaseAt(c, /applied migrations/),
      phaseAt(c, /demo data in place/),
      phaseAt(c, /subgraphs ready/),
      phaseAt(c, /gateway ready/),
      formatSpread(spread(c.results.map((r) => r.stopMs / 1000)), 1),
    ]),
  ),
);
for (const c of cases.filter((x) => !x.fresh)) {
  const last = c.results.at(-1);
  if (!last) continue;
  console.log(`\nMemory of the running hub (${c.database}, resident set size after the ready line)\n`);
  const total = last.processes.reduce((n, p) => n + p.rssMiB, 0);
  console.log(textTable(['process', 'pid', 'RSS MiB'], [...last.processes.map((p) => [p.name, String(p.pid), p.rssMiB.toFixed(0)]), ['total', '', total.toFixed(0)]]));
}
console.log('\nRSS counts shared pages once per process (node binaries, and PostgreSQL shared buffers in its backends), so the total overstates the memory used.');
const file = await writeResult('startup', {
  settings: { entry: label, runs, logLevel: 'warn', postgres: options.database === 'postgres' ? options.postgresUrl.replace(/\/[^/]*$/, '/<fresh database>') : null },
  figures: cases.map((c) => ({ ...c, readySeconds: spread(c.results.map((r) => r.readyMs / 1000)) })),
  notes: ['npm start first runs `turbo run generate build` (a cache hit once built) and then this same main; the build step is not timed here.'],
});
say(`written ${file}`);
