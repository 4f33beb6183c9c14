import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startHub, type RunningHub } from '../../../tools/runner/src/start-hub.ts';
import { loginAs } from '../../../tools/runner/src/testing/graphql-client.ts';
import type { BenchOptions } from './options.ts';

export interface BenchHub {
  hub: RunningHub;
  /** `PostgreSQL 15.x …` or `PGlite (embedded)`: printed with every result. */
  database: string;
  /** A LEADER token (reads everything), as every benchmark request carries one. */
  token: string;
  /** Stops the hub, drops the run's database and deletes its data dir. */
  close(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * The hub the benchmarks run against: every subgraph (each its own process, as `npm start` runs
 * them), migrated and seeded with the demo dataset, on a fresh database of the real PostgreSQL
 * (dropped at the end) or on the embedded one. Frontends are not started.
 */
export async function startBenchHub(options: BenchOptions, report: (message: string) => void): Promise<BenchHub> {
  const dataDir = await mkdtemp(join(tmpdir(), 'jiguan-bench-'));
  let databaseUrl: string | undefined;
  let database = 'PGlite (embedded; serialises all queries)';
  const dbName = `jiguan_bench_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: options.postgresUrl });
    await client.connect();
    try {
      return await client.query(sql);
    } finally {
      await client.end();
    }
  };
  if (options.database === 'postgres') {
    const version = await admin('SELECT version()');
    database = String(version.rows[0]?.version ?? 'PostgreSQL').split(' on ')[0] ?? 'PostgreSQL';
    await admin(`CREATE DATABASE ${dbName}`);
    databaseUrl = withDatabase(options.postgresUrl, dbName);
    report(`database ${dbName} on ${database}`);
  }
  const dropDatabase = async () => {
    if (databaseUrl) await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch((e: Error) => report(`could not drop ${dbName}: ${e.message}`));
  };
  let hub: RunningHub;
  try {
    hub = await startHub({ dataDir, databaseUrl, frontends: false, portOffset: options.portOffset, env: { LOG_LEVEL: 'warn' }, report });
  } catch (error) {
    await dropDatabase();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const token = await loginAs(hub.gatewayUrl, 'leader', 'Demo@2024');
  return {
    hub,
    database,
    token,
    async close() {
      await hub.stop();
      await dropDatabase();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
