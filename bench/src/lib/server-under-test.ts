import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pinnedNode } from './pinning.ts';

export interface ServerSpec {
  /** Shown in tables (`ours`, `apollo-default`, `hive` …). */
  name: string;
  /** Arguments to `node`. */
  nodeArgs: string[];
  cwd: string;
  env: Record<string, string>;
  /** Its GraphQL endpoint, e.g. http://127.0.0.1:7100/graphql. */
  url: string;
}

export interface RunningServer {
  name: string;
  url: string;
  pid: number;
  logFile: string;
  /** Milliseconds from spawn to answering its first GraphQL request. */
  startMs: number;
  stop(): Promise<void>;
}

async function answersGraphQL(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
      signal: AbortSignal.timeout(1000),
    });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Starts a server under test as its own process (pinned to `core` when given), with its output in
 * `<logDir>/<name>.log`, and waits until it answers `{ __typename }`.
 */
export async function startServer(spec: ServerSpec, core: number | null, logDir: string, timeoutMs = 120_000): Promise<RunningServer> {
  const started = performance.now();
  // BENCH_CPU_PROF=1: each server writes a V8 CPU profile beside its log when it stops (NODE_OPTIONS may not carry --cpu-prof).
  const profile = process.env.BENCH_CPU_PROF === '1' ? ['--cpu-prof', `--cpu-prof-dir=${logDir}`, `--cpu-prof-name=${spec.name}.cpuprofile`] : [];
  const [command, ...args] = pinnedNode(core, [...profile, ...spec.nodeArgs]);
  const logFile = join(logDir, `${spec.name}.log`);
  const log = createWriteStream(logFile);
  const child: ChildProcess = spawn(command, args, { cwd: spec.cwd, env: { ...process.env, ...spec.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let dead = false;
  void exited.then(() => (dead = true));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
  };
  while (!(await answersGraphQL(spec.url))) {
    if (dead) throw new Error(`${spec.name} exited before it was ready; see ${logFile}`);
    if (performance.now() - started > timeoutMs) {
      await stop();
      throw new Error(`${spec.name} was not ready after ${timeoutMs} ms; see ${logFile}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { name: spec.name, url: spec.url, pid: child.pid ?? -1, logFile, startMs: performance.now() - started, stop };
}
