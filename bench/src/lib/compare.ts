import { loadavg } from 'node:os';
import { measureOperation, type OperationFigures, type Target } from './measure.ts';
import type { Operation } from './operations.ts';
import { hasTaskset, LOAD_CORE, pinSelf, SERVER_CORE } from './pinning.ts';
import { writeResult } from './results.ts';
import type { BenchContext } from './run-bench.ts';
import { startServer, type ServerSpec } from './server-under-test.ts';
import { formatSpread } from './stats.ts';
import { textTable } from './table.ts';
import { viewerScenarios } from './viewers.ts';

export interface Comparison {
  /** The result's name: bench/results/<name>.json. */
  name: string;
  title: string;
  specs: ServerSpec[];
  operations: Operation[];
  /** The server the others are compared with: ratios are subject ÷ other. */
  subject: string;
  /** Printed under the ratio table to say how to read it. */
  ratioLegend: string;
  settings?: Record<string, unknown>;
  notes?: string[];
}

/**
 * Starts servers under test (each its own process, pinned to the server core), then measures every
 * operation on all of them side by side, for each viewer scenario; prints the figures and the
 * ratios of the subject to each other server, and writes the result file.
 */
export async function compareServers({ options, bench, workDir, say, onClose }: BenchContext, c: Comparison): Promise<OperationFigures[]> {
  const subgraphPids = bench.hub.processes().filter((p) => p.name in bench.hub.subgraphUrls).map((p) => p.child.pid ?? -1);
  const scenarios = await viewerScenarios(bench.hub.gatewayUrl, bench.token, options.connections, options.viewers);

  // From here this process samples memory and spawns load: keep it off the server's core.
  if (options.pin) pinSelf(LOAD_CORE);
  const targets: (Target & { startMs: number })[] = [];
  for (const spec of c.specs) {
    const server = await startServer(spec, options.pin ? SERVER_CORE : null, workDir);
    onClose(server.stop);
    targets.push({ name: server.name, url: server.url, pid: server.pid, startMs: server.startMs });
    say(`${server.name} ready in ${(server.startMs / 1000).toFixed(1)} s at ${server.url} (pid ${server.pid})`);
  }

  const loadBefore = loadavg()[0] ?? 0;
  const figures: OperationFigures[] = [];
  const warnings: string[] = [];
  const warn = (message: string) => {
    warnings.push(message);
    say(`WARNING ${message}`);
  };
  for (const op of c.operations) {
    for (const viewers of scenarios) figures.push(...(await measureOperation(targets, op, viewers, options, subgraphPids, say, warn)));
  }
  const loadAfter = loadavg()[0] ?? 0;

  const ratios = figures
    .filter((f) => f.target !== c.subject)
    .map((other) => {
      const subject = figures.find((f) => f.operation === other.operation && f.viewers === other.viewers && f.target === c.subject);
      const r = (a: number | undefined, b: number) => (a === undefined ? Number.NaN : a / b);
      return {
        operation: other.operation,
        viewers: other.viewers,
        versus: other.target,
        requestsPerSecond: r(subject?.requestsPerSecond.median, other.requestsPerSecond.median),
        p50: r(subject?.p50Ms.median, other.p50Ms.median),
        p99: r(subject?.p99Ms.median, other.p99Ms.median),
        cpuPerRequest: r(subject?.cpuMsPerRequest.median, other.cpuMsPerRequest.median),
        peakRss: r(subject?.peakRssMiB, other.peakRssMiB),
      };
    });
  const setup = `${bench.database}; ${options.rounds} × ${options.durationSeconds} s after ${options.warmupSeconds} s warm-up, ${options.connections} connections; ${
    options.pin && hasTaskset ? `server on core ${SERVER_CORE}, load on core ${LOAD_CORE}` : 'unpinned'
  }`;
  console.log(`\n${c.title} (${setup}); median (min–max) of the rounds\n`);
  console.log(
    textTable(
      ['operation', 'viewers', 'server', 'req/s', 'p50 ms', 'p99 ms', 'server CPU ms/req', 'subgraph CPU ms/req', 'peak RSS MiB', 'bytes/answer', 'errors'],
      figures.map((f) => [
        f.operation,
        f.viewers,
        f.target,
        formatSpread(f.requestsPerSecond),
        formatSpread(f.p50Ms, 1),
        formatSpread(f.p99Ms, 1),
        formatSpread(f.cpuMsPerRequest, 2),
        formatSpread(f.subgraphCpuMsPerRequest, 2),
        String(f.peakRssMiB),
        String(f.wireBytesPerResponse),
        String(f.errors),
      ]),
    ),
  );
  console.log(`\n${c.subject} ÷ other (${c.ratioLegend})\n`);
  console.log(
    textTable(
      ['operation', 'viewers', 'versus', 'req/s', 'p50', 'p99', 'CPU/req', 'peak RSS'],
      ratios.map((r) => [r.operation, r.viewers, r.versus, ...[r.requestsPerSecond, r.p50, r.p99, r.cpuPerRequest, r.peakRss].map((x) => x.toFixed(2))]),
    ),
  );
  console.log('');
  for (const op of c.operations) console.log(`${op.name}: ${op.description}`);
  console.log(`start-up to first answer: ${targets.map((t) => `${t.name} ${(t.startMs / 1000).toFixed(1)} s`).join(', ')}`);
  for (const w of warnings) console.log(`warning: ${w}`);
  console.log(`machine load average (1 min): ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after (well above 2 on 2 cores: something else ran too; CPU ms/req is the steadier figure)`);

  const file = await writeResult(c.name, {
    settings: { ...options, ...c.settings, database: bench.database, pinned: options.pin && hasTaskset, loadAverage: { before: loadBefore, after: loadAfter } },
    figures: {
      operations: c.operations.map(({ name, description, query, subgraphs }) => ({ name, description, query, subgraphs })),
      servers: c.specs.map((s) => ({ name: s.name, env: s.env })),
      results: figures,
      ratios,
      startMs: Object.fromEntries(targets.map((t) => [t.name, Math.round(t.startMs)])),
    },
    notes: [...(c.notes ?? []), ...warnings],
  });
  say(`written ${file}; logs in ${workDir}`);
  return figures;
}
