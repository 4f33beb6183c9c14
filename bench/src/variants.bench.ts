/**
 * Our gateway against itself with one optimisation turned off at a time: the numbers behind each
 * change kept in gateway/src. Every variant is gateway/src/main.ts with some env; `shipped` has
 * none. BENCH_VARIANTS picks variants by name (comma separated), or defines new ones:
 * `name:KEY=VALUE+KEY=VALUE;name2:…`.
 *
 *   npm run bench:variants --prefix bench
 */
import { writeBenchSupergraph } from './lib/bench-supergraph.ts';
import { compareServers } from './lib/compare.ts';
import { oursSpec } from './lib/gateways.ts';
import { gatewayOperations } from './lib/operations.ts';
import { GATEWAYS_BASE_PORT, MAX_SERVERS } from './lib/ports.ts';
import { runBench } from './lib/run-bench.ts';

/** Each optimisation kept in gateway/src, turned off (or swapped for what it replaced). */
const VARIANTS: Record<string, Record<string, string>> = {
  shipped: {},
  'node-fetch': { GATEWAY_SUBGRAPH_CLIENT: 'fetch' },
  'no-dedupe': { GATEWAY_DEDUPE_QUERIES: '0' },
  'no-token-cache': { GATEWAY_TOKEN_CACHE_SIZE: '0' },
  'no-compression': { GATEWAY_COMPRESS_MIN_BYTES: 'off' },
  // Not an optimisation: what the cost-weighted rate limit costs per request.
  'no-rate-limit': { GATEWAY_RATE_POINTS: '0' },
  'all-off': {
    GATEWAY_SUBGRAPH_CLIENT: 'fetch',
    GATEWAY_DEDUPE_QUERIES: '0',
    GATEWAY_TOKEN_CACHE_SIZE: '0',
    GATEWAY_COMPRESS_MIN_BYTES: 'off',
  },
};

function chosenVariants(spec: string | undefined): [string, Record<string, string>][] {
  if (!spec) return Object.entries(VARIANTS);
  const out: [string, Record<string, string>][] = [['shipped', {}]];
  for (const part of spec.split(/[;,]/).map((s) => s.trim()).filter(Boolean)) {
    const [name = '', settings] = part.split(':');
    if (name === 'shipped') continue;
    const env = settings ? Object.fromEntries(settings.split('+').map((kv) => kv.split('=') as [string, string])) : VARIANTS[name];
    if (!env) throw new Error(`unknown variant ${name}; known: ${Object.keys(VARIANTS).join(', ')}`);
    out.push([name, env]);
  }
  return out;
}

await runBench('variants', async (ctx) => {
  const { options, bench, workDir } = ctx;
  const supergraphPath = await writeBenchSupergraph(workDir, bench.hub.subgraphUrls);
  const setup = { supergraphPath, jwksUrl: `${new URL(bench.hub.subgraphUrls.directory ?? '').origin}/.well-known/jwks.json` };
  const variants = chosenVariants(process.env.BENCH_VARIANTS).slice(0, MAX_SERVERS);
  const specs = variants.map(([name, env], i) => oursSpec(setup, GATEWAYS_BASE_PORT + options.portOffset + i, name, env));
  const operations = gatewayOperations(supergraphPath).filter((o) => !options.only.operations || options.only.operations.includes(o.name));
  await compareServers(ctx, {
    name: 'variants',
    title: 'Our gateway, one change off at a time',
    specs,
    operations,
    subject: 'shipped',
    ratioLegend: 'req/s above 1 and latency/CPU below 1: the change pays',
    settings: { variants: Object.fromEntries(variants) },
  });
});
