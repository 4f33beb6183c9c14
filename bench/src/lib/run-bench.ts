import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBenchHub, type BenchHub } from './bench-hub.ts';
import { benchOptions, type BenchOptions } from './options.ts';
import { hasTaskset } from './pinning.ts';
import { assertPortsFree, benchPorts } from './ports.ts';

export interface BenchContext {
  options: BenchOptions;
  bench: BenchHub;
  /** A temporary directory for this run's files and the logs of the servers it starts. */
  workDir: string;
  say(message: string): void;
  /** Registers something to stop when the run ends, however it ends (last registered, first stopped). */
  onClose(stop: () => Promise<void>): void;
}

/**
 * Runs one benchmark around a fresh bench hub: starts it, hands over, and stops everything it
 * started (the hub, the servers under test, the run's database) at the end, on an error and on
 * Ctrl-C. A benchmark never fails because of a time; it fails only when something answers wrong.
 */
export async function runBench(name: string, body: (ctx: BenchContext) => Promise<void>): Promise<void> {
  const options = benchOptions();
  const started = performance.now();
  const say = (message: string) => console.log(`[bench:${name}] ${message} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  const closers: (() => Promise<void>)[] = [];
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      for (const stop of closers.reverse()) await stop().catch((e: Error) => say(`cleanup: ${e.message}`));
    })());
  process.once('SIGINT', () => void close().finally(() => process.exit(130)));
  process.once('SIGTERM', () => void close().finally(() => process.exit(143)));

  if (!hasTaskset) say('taskset not found: nothing is pinned; figures include the load generator competing for the cores');
  try {
    await assertPortsFree(benchPorts(options.portOffset));
    say(`starting the bench hub on ${options.database === 'postgres' ? 'PostgreSQL' : 'PGlite'}`);
    const bench = await startBenchHub(options, (m) => say(`hub: ${m}`));
    closers.push(() => bench.close());
    say(`hub ready on ${bench.database}`);
    const workDir = await mkdtemp(join(tmpdir(), `jiguan-bench-${name}-`));
    await body({ options, bench, workDir, say, onClose: (stop) => closers.push(stop) });
  } finally {
    await close();
  }
}
