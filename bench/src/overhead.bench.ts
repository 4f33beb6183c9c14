/**
 * Benchmark 2 — what a gateway adds: the same single-subgraph operations sent straight to the
 * directory subgraph and through each gateway — ours as shipped and, as the yardstick, Hive Gateway
 * with the Rust planner ours also executes through (BENCH_GATEWAYS picks others) — at one connection
 * (the latency one request pays) and under load; added p50/p99 latency, the gateway's CPU per
 * request, and the subgraph's CPU per request when called directly (what a request costs it itself).
 *
 *   npm run bench:overhead --prefix bench
 */
import { writeBenchSupergraph } from './lib/bench-supergraph.ts';
import { oursSpec, peerSpecs } from './lib/gateways.ts';
import { measureOperation, type OperationFigures, type Target } from './lib/measure.ts';
import { gatewayOperations } from './lib/operations.ts';
import { hasTaskset, LOAD_CORE, pinSelf, SERVER_CORE } from './lib/pinning.ts';
import { GATEWAYS_BASE_PORT } from './lib/ports.ts';
import { writeResult } from './lib/results.ts';
import { runBench } from './lib/run-bench.ts';
import { startServer } from './lib/server-under-test.ts';
import { formatSpread } from './lib/stats.ts';
import { textTable } from './lib/table.ts';
import { viewerScenarios } from './lib/viewers.ts';

const DIRECT = 'subgraph direct';
/** Ours, and the peer with the same query planner: what the planner costs apart from the rest of a gateway. */
const DEFAULT_GATEWAYS = ['ours', 'hive-rust'];

await runBench('overhead', async ({ options, bench, workDir, say, onClose }) => {
  const supergraphPath = await writeBenchSupergraph(workDir, bench.hub.subgraphUrls);
  const directoryUrl = bench.hub.subgraphUrls.directory ?? '';
  const directoryPid = bench.hub.processes().find((p) => p.name === 'directory')?.child.pid ?? -1;
  // Only operations one subgraph answers alone can be sent to it directly.
  const operations = gatewayOperations(supergraphPath).filter(
    (o) => o.subgraphs.length === 1 && o.subgraphs[0] === 'directory' && (!options.only.operations || options.only.operations.includes(o.name)),
  );
  // Distinct viewers: no two requests in flight are alike, so the gateway cannot save a subgraph call.
  const [viewers] = await viewerScenarios(bench.hub.gatewayUrl, bench.token, options.connections, 'distinct');
  if (!viewers) throw new Error('no viewers');

  if (options.pin) pinSelf(LOAD_CORE);
  const setup = { supergraphPath, jwksUrl: `${new URL(directoryUrl).origin}/.well-known/jwks.json` };
  const port = GATEWAYS_BASE_PORT + options.portOffset;
  const chosen = options.only.gateways ?? DEFAULT_GATEWAYS;
  const specs = [oursSpec(setup, port), ...peerSpecs(setup, port + 1)].filter((s) => chosen.includes(s.name));
  const targets: Target[] = [{ name: DIRECT, url: directoryUrl, pid: directoryPid }];
  for (const spec of specs) {
    const gateway = await startServer(spec, options.pin ? SERVER_CORE : null, workDir);
    onClose(gateway.stop);
    targets.push({ name: spec.name, url: gateway.url, pid: gateway.pid });
  }
  const gateways = targets.slice(1).map((t) => t.name);

  const levels = [...new Set([1, options.connections])];
  const figures: (OperationFigures & { connections: number })[] = [];
  for (const connections of levels) {
    for (const op of operations) {
      const measured = await measureOperation(targets, op, viewers, { ...options, connections }, [directoryPid], say);
      figures.push(...measured.map((f) => ({ ...f, connections })));
    }
  }

  const rows = levels.flatMap((connections) =>
    operations.flatMap((op) => {
      const of = (target: string) => figures.find((f) => f.connections === connections && f.operation === op.name && f.target === target);
      const direct = of(DIRECT);
      return gateways.flatMap((gateway) => {
        const through = of(gateway);
        if (!direct || !through) return [];
        return [{
          gateway,
          operation: op.name,
          connections,
          direct: { rps: direct.requestsPerSecond, p50: direct.p50Ms, p99: direct.p99Ms, subgraphCpu: direct.subgraphCpuMsPerRequest },
          through: { rps: through.requestsPerSecond, p50: through.p50Ms, p99: through.p99Ms, cpu: through.cpuMsPerRequest },
          addedP50Ms: through.p50Ms.median - direct.p50Ms.median,
          addedP99Ms: through.p99Ms.median - direct.p99Ms.median,
          throughputRatio: through.requestsPerSecond.median / direct.requestsPerSecond.median,
        }];
      });
    }),
  );

  const pinned = options.pin && hasTaskset ? `gateway on core ${SERVER_CORE}, load on core ${LOAD_CORE}, subgraph unpinned` : 'unpinned';
  console.log(`\nGateway overhead (${bench.database}; ${options.rounds} × ${options.durationSeconds} s after ${options.warmupSeconds} s warm-up; distinct viewers; ${pinned})\n`);
  console.log(
    textTable(
      ['operation', 'connections', 'gateway', 'direct req/s', 'direct p50', 'direct p99', 'via gateway req/s', 'via gateway p50', 'via gateway p99', 'added p50 ms', 'added p99 ms', 'gateway CPU ms/req', 'subgraph CPU ms/req'],
      rows.map((r) => [
        r.operation,
        String(r.connections),
        r.gateway,
        formatSpread(r.direct.rps),
        formatSpread(r.direct.p50, 1),
        formatSpread(r.direct.p99, 1),
        formatSpread(r.through.rps),
        formatSpread(r.through.p50, 1),
        formatSpread(r.through.p99, 1),
        r.addedP50Ms.toFixed(1),
        r.addedP99Ms.toFixed(1),
        formatSpread(r.through.cpu, 2),
        formatSpread(r.direct.subgraphCpu, 2),
      ]),
    ),
  );
  for (const op of operations) console.log(`${op.name}: ${op.description}`);
  const file = await writeResult('overhead', {
    settings: { ...options, viewers: 'distinct', database: bench.database, pinned: options.pin && hasTaskset, connectionLevels: levels },
    figures: { operations: operations.map(({ name, query }) => ({ name, query })), overhead: rows, results: figures },
  });
  say(`written ${file}; logs in ${workDir}`);
});
