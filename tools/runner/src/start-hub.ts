import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { enableBiLogin } from './enable-bi-login.ts';
import { DEFAULT_PORTS, EMBEDDED_POSTGRES_MAIN, FRONTENDS, isBuilt, frontendDist, REPO_ROOT, SUBGRAPHS, subgraphDir } from './hub-layout.ts';
import { keepRunning, type KeptProcess, type SupervisionEvents } from './keep-running.ts';
import { migrateHubDatabase } from './migrate-hub-database.ts';
import { seedHubDatabase } from './seed-hub-database.ts';
import type { ProcessSpec, SupervisedProcess } from './supervised-process.ts';

export interface StartHubOptions {
  /** Embedded database files, signing keys and logs (default `<repo>/.data`). */
  dataDir: string;
  /** A PostgreSQL server to use instead of the embedded one. */
  databaseUrl?: string;
  /** When set, the BI role `jiguan_bi` may log in with this password (`BI_DATABASE_PASSWORD`). */
  biDatabasePassword?: string;
  /** Serve the built frontends too (those with a dist/). Default true. */
  frontends?: boolean;
  /** Added to every backend port (database, subgraphs, gateway) so a test hub can run beside `npm start`. */
  portOffset?: number;
  /** Extra environment for every child (e.g. a short JWT lifetime in tests). */
  env?: Record<string, string>;
  /** Progress messages; default silent. */
  report?: (message: string) => void;
  /** Told when a process that crashed is started again, or left stopped after a crash loop. */
  supervision?: SupervisionEvents;
}

export interface RunningHub {
  databaseUrl: string;
  gatewayUrl: string;
  /** Each subgraph's own GraphQL URL, for tests that call one directly. */
  subgraphUrls: Record<string, string>;
  frontendUrls: Record<string, string>;
  /** The processes running now (a crashed one is replaced by its restart). */
  processes(): SupervisedProcess[];
  stop(): Promise<void>;
}

const TSX = ['--import', 'tsx'];
const directorySubgraph = { port: SUBGRAPHS.find((s) => s.name === 'directory')?.port ?? 4001 };

/**
 * Brings the whole hub up, each piece a separate process: the database (embedded unless a URL is
 * given), migrations, the demo seed when empty, every subgraph, the gateway, the built frontends.
 * Used by `npm start` and by the tests, so both run the same thing.
 */
export async function startHub(options: StartHubOptions): Promise<RunningHub> {
  const report = options.report ?? (() => {});
  const offset = options.portOffset ?? 0;
  const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback) + offset;
  const subgraphPort = (subgraph: { port: number }) => subgraph.port + offset;
  const logDir = join(options.dataDir, 'logs');
  await mkdir(logDir, { recursive: true });
  // Each long-running process is kept running: restarted when it crashes, apart from the others.
  const kept: KeptProcess[] = [];
  const seeds: SupervisedProcess[] = [];
  const stop = async () => {
    for (const proc of [...kept].reverse()) await proc.stop();
    for (const seed of seeds) await seed.stop();
  };

  const launch = async (spec: ProcessSpec) => {
    const proc = await keepRunning(spec, logDir, options.supervision);
    kept.push(proc);
    return proc;
  };

  try {
    let databaseUrl = options.databaseUrl;
    if (!databaseUrl) {
      const pgPort = port('JIGUAN_PG_PORT', DEFAULT_PORTS.postgres);
      const postgres = await launch({
        name: 'postgres',
        cwd: REPO_ROOT,
        args: [...TSX, EMBEDDED_POSTGRES_MAIN, '--data-dir', join(options.dataDir, 'pg'), '--port', String(pgPort)],
        readyLine: /ready (\S+)/,
      });
      databaseUrl = postgres.ready ?? `postgresql://postgres@127.0.0.1:${pgPort}/postgres`;
      report(`数据库 (embedded PGlite) ${databaseUrl}`);
    }

    await migrateHubDatabase(databaseUrl, report);
    if (options.biDatabasePassword) {
      await enableBiLogin(databaseUrl, options.biDatabasePassword);
      report('BI role jiguan_bi may log in (BI_DATABASE_PASSWORD)');
    }
    await seedHubDatabase(databaseUrl, logDir, seeds);
    report('demo data in place');

    const childEnv = {
      // The services run as they are deployed: graphql-js drops its development-only type checks
      // (10–17 % of a subgraph's CPU per request, measured with bench:overhead) and Apollo and Pothos
      // use their production defaults. A caller's env (options.env) may still override it.
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      JIGUAN_DATA_DIR: options.dataDir,
      // The directory signs the tokens and publishes its keys; everyone else verifies with them.
      JWKS_URL: `http://127.0.0.1:${subgraphPort(directorySubgraph)}/.well-known/jwks.json`,
      ...Object.fromEntries(SUBGRAPHS.map((s) => [`SUBGRAPH_URL_${s.name.toUpperCase()}`, `http://127.0.0.1:${subgraphPort(s)}/graphql`])),
      ...options.env,
    };
    await Promise.all(
      SUBGRAPHS.map((subgraph) =>
        launch({
          name: subgraph.name,
          cwd: subgraphDir(subgraph.name),
          args: [...TSX, 'src/main.ts'],
          env: { ...childEnv, PORT: String(subgraphPort(subgraph)) },
          readyUrl: `http://127.0.0.1:${subgraphPort(subgraph)}/healthz`,
        }),
      ),
    );

    report('subgraphs ready');
    const gatewayPort = port('GATEWAY_PORT', DEFAULT_PORTS.gateway);
    const frontends = options.frontends === false ? [] : FRONTENDS.filter((f) => isBuilt(f.name));
    const remoteUrls = Object.fromEntries(frontends.map((f) => [`${f.name.toUpperCase()}_REMOTE_URL`, `http://localhost:${f.port}`]));
    await launch({
      name: 'gateway',
      cwd: resolve(REPO_ROOT, 'gateway'),
      args: [...TSX, 'src/main.ts'],
      env: { ...childEnv, ...remoteUrls, PORT: String(gatewayPort) },
      readyUrl: `http://127.0.0.1:${gatewayPort}/readyz`,
    });

    report('gateway ready');
    await Promise.all(
      frontends.map((frontend) =>
        launch({
          name: `frontend-${frontend.name}`,
          cwd: REPO_ROOT,
          args: [...TSX, resolve(REPO_ROOT, 'tools/static-server/src/main.ts'), '--dir', frontendDist(frontend.name), '--port', String(frontend.port)],
          env: { GATEWAY_URL: `http://127.0.0.1:${gatewayPort}` },
          readyUrl: `http://127.0.0.1:${frontend.port}/__static/healthz`,
        }),
      ),
    );

    return {
      databaseUrl,
      gatewayUrl: `http://localhost:${gatewayPort}/graphql`,
      subgraphUrls: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, `http://127.0.0.1:${subgraphPort(s)}/graphql`])),
      frontendUrls: Object.fromEntries(frontends.map((f) => [f.name, `http://localhost:${f.port}/`])),
      processes: () => kept.map((proc) => proc.current()),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
