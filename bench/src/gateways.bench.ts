/**
 * Benchmark 1 — four gateways side by side on the same subgraphs, data, supergraph file and
 * operations: ours as shipped, plain @apollo/gateway + @apollo/server defaults, Hive Gateway with
 * its default (JavaScript) query planner, and Hive Gateway with the Rust planner ours runs on.
 * Requests/s, p50/p99 latency, CPU per request and peak RSS per gateway and operation, for one
 * viewer on every connection and for distinct viewers, and ours ÷ each peer.
 *
 *   npm run bench:gateways --prefix bench
 */
import { writeBenchSupergraph } from './lib/bench-supergraph.ts';
import { compareServers } from './lib/compare.ts';
import { oursSpec, peerSpecs } from './lib/gateways.ts';
import { gatewayOperations } from './lib/operations.ts';
import { GATEWAYS_BASE_PORT } from './lib/ports.ts';
import { runBench } from './lib/run-bench.ts';

await runBench('gateways', async (ctx) => {
  const { options, bench, workDir } = ctx;
  const supergraphPath = await writeBenchSupergraph(workDir, bench.hub.subgraphUrls);
  const setup = { supergraphPath, jwksUrl: `${new URL(bench.hub.subgraphUrls.directory ?? '').origin}/.well-known/jwks.json` };
  const port = GATEWAYS_BASE_PORT + options.portOffset;
  const specs = [oursSpec(setup, port), ...peerSpecs(setup, port + 1)].filter((s) => !options.only.gateways || options.only.gateways.includes(s.name));
  const operations = gatewayOperations(supergraphPath).filter((o) => !options.only.operations || options.only.operations.includes(o.name));
  const figures = await compareServers(ctx, {
    name: 'gateways',
    title: 'Gateways',
    specs,
    operations,
    subject: 'ours',
    ratioLegend: 'req/s above 1: ours serves more; latency, CPU and RSS below 1: ours uses less',
    settings: { supergraph: 'shared-schema/supergraph.graphql, subgraph URLs pointed at the bench hub; ours reads it via SUPERGRAPH_PATH' },
    notes: [
      ...operations.filter((o) => o.description.startsWith('NOT')).map((o) => `${o.name}: ${o.description}`),
      'ours was given the supergraph file by SUPERGRAPH_PATH only (no SUBGRAPH_URL_*): its answers matched the peers\' on every operation, so it serves any supergraph file.',
    ],
  });
  if (figures.some((f) => f.target === 'ours')) {
    console.log(`SUPERGRAPH_PATH check: ours served ${supergraphPath} (subgraph URLs from the file, no SUBGRAPH_URL_*) and its answers matched the peers'.`);
  }
});
