/**
 * The gateway's components one at a time, each in a process of its own pinned to one core, timed by
 * the CPU it uses (process.cpuUsage) rather than by requests/s: figures that stay put on a busy
 * machine, where whole-hub benchmarks move by ±20 %. Measures
 * - the subgraph calls (the base call on Node's fetch, and the pooled undici client the gateway
 *   ships) against a stub subgraph on the other core: CPU per subgraph request, 10 in flight;
 * - token verification (Ed25519 JWT against a JWKS, as the gateway does) against a cache hit;
 * - gzip of answers the size of the benchmark operations' (level 1 and 6) and brotli;
 * - the operation checks every operation passes before it runs (input hygiene, then depth, aliases,
 *   directives and cost against the query limits), on the benchmark's operations;
 * - the circuit breaker around one subgraph call, against the bare call.
 *
 *   npm run bench:components --prefix bench
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import type { OperationDefinitionNode } from 'graphql';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { Registry } from 'prom-client';
import { circuitBreakers } from '../../gateway/src/concerns/circuit-breaker.ts';
import { subgraphClient } from '../../gateway/src/concerns/subgraph-client.ts';
import { fetchSubgraphCall } from '../../gateway/src/engine/fetch-subgraph-call.ts';
import type { SubgraphCall } from '../../gateway/src/engine/subgraph-call.ts';
import { cacheVerifiedTokens } from '../../shared-schema/src/auth/verified-token-cache.ts';
import { createTokenVerifier } from '../../shared-schema/src/auth/token-verifier.ts';
import { claimsOf, DEFAULT_AUDIENCE, DEFAULT_ISSUER } from '../../shared-schema/src/auth/token-claims.ts';
import { fragmentsOf } from '../../shared-schema/src/document-parts.ts';
import { inputProblem } from '../../shared-schema/src/limits/input-hygiene.ts';
import { measureOperation } from '../../shared-schema/src/limits/operation-size.ts';
import { DEFAULT_QUERY_LIMITS, refusalFor } from '../../shared-schema/src/limits/query-limits.ts';
import { createLogger } from '../../shared-schema/src/logger.ts';
import { gatewayOperations } from './lib/operations.ts';
import { BENCH_ROOT, REPO_ROOT, TSX } from './lib/paths.ts';
import { benchOptions } from './lib/options.ts';
import { LOAD_CORE, pinnedNode, pinSelf, SERVER_CORE } from './lib/pinning.ts';
import { writeResult } from './lib/results.ts';
import { spread, formatSpread } from './lib/stats.ts';
import { textTable } from './lib/table.ts';

const options = benchOptions();
const ROUNDS = options.rounds;
const say = (message: string) => console.log(`[bench:components] ${message}`);
if (options.pin) pinSelf(SERVER_CORE);

/** CPU microseconds this process spends running `work`, per unit of work. */
async function cpuPer(units: number, work: () => Promise<void> | void): Promise<number> {
  const before = process.cpuUsage();
  await work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / units;
}

// 1. Subgraph fetchers ------------------------------------------------------------------------
const stubPort = 4290 + options.portOffset;
const [command, ...args] = pinnedNode(options.pin ? LOAD_CORE : null, [...TSX, resolve(BENCH_ROOT, 'src/lib/stub-subgraph.ts'), String(stubPort), '24000']);
const stub = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise<void>((r) => stub.stdout.once('data', () => r()));
const stubUrl = `http://127.0.0.1:${stubPort}/graphql`;
const requestBody = JSON.stringify({ query: 'query People__directory__0{people(first:200){edges{node{name organization{name parent{name}}}}}}', variables: {} });
const headers = { 'content-type': 'application/json', authorization: 'Bearer x'.padEnd(400, 'x') };
type SubgraphFetcherKind = 'fetch' | 'pooled';
const fetcherFigures: { fetcher: SubgraphFetcherKind; cpuMicrosPerRequest: ReturnType<typeof spread>; requestsPerSecond: ReturnType<typeof spread> }[] = [];
try {
  const perRound = 4000;
  const inFlight = 10;
  const results = new Map<SubgraphFetcherKind, { cpu: number[]; rps: number[] }>();
  const kinds: SubgraphFetcherKind[] = ['fetch', 'pooled'];
  const pooled = subgraphClient({ connectionsPerSubgraph: 128, timeoutOf: () => 30_000 });
  const unused: SubgraphCall = () => Promise.reject(new Error('replaced by the pooled client'));
  const calls = new Map<SubgraphFetcherKind, SubgraphCall>([
    ['fetch', fetchSubgraphCall(() => 30_000)],
    ['pooled', pooled.wrapSubgraphCall?.(unused) ?? unused],
  ]);
  const context = { viewer: null, token: null, requestId: 'bench', clientAddress: '127.0.0.1' };
  const run = async (kind: SubgraphFetcherKind, n: number) => {
    const call = calls.get(kind);
    if (!call) throw new Error(kind);
    let next = 0;
    await Promise.all(
      Array.from({ length: inFlight }, async () => {
        while (next++ < n) {
          const response = await call({ subgraph: 'stub', url: stubUrl, body: requestBody, headers, operationType: 'query', context });
          JSON.parse(response.body);
        }
      }),
    );
  };
  for (const kind of kinds) await run(kind, 500); // warm-up: connections, JIT
  for (let r = 0; r < ROUNDS; r++) {
    for (const kind of [...kinds.slice(r % kinds.length), ...kinds.slice(0, r % kinds.length)]) {
      const started = performance.now();
      const cpu = await cpuPer(perRound, () => run(kind, perRound));
      const rps = perRound / ((performance.now() - started) / 1000);
      const entry = results.get(kind) ?? { cpu: [], rps: [] };
      entry.cpu.push(cpu);
      entry.rps.push(rps);
      results.set(kind, entry);
      say(`fetcher ${kind} round ${r + 1}: ${cpu.toFixed(0)} µs CPU/request, ${rps.toFixed(0)} requests/s`);
    }
  }
  for (const [kind, { cpu, rps }] of results) fetcherFigures.push({ fetcher: kind, cpuMicrosPerRequest: spread(cpu), requestsPerSecond: spread(rps) });
  await pooled.stop?.();
} finally {
  stub.kill();
}

// 2. Token verification ---------------------------------------------------------------------------
const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
const jwk = { ...(await exportJWK(publicKey)), kid: 'bench', alg: 'EdDSA', use: 'sig' };
const jwks = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
await new Promise<void>((r) => jwks.listen(0, '127.0.0.1', r));
const jwksUrl = `http://127.0.0.1:${(jwks.address() as { port: number }).port}/.well-known/jwks.json`;
const token = await new SignJWT({
  ...claimsOf({ accountId: 'account-leader', username: 'leader', roles: ['LEADER'], dataScope: 'ALL', personId: 'p', organizationId: 'o', organizationIds: null, sessionVersion: 0 }),
})
  .setProtectedHeader({ alg: 'EdDSA', kid: 'bench', typ: 'JWT' })
  .setSubject('account-leader')
  .setIssuer(DEFAULT_ISSUER)
  .setAudience(DEFAULT_AUDIENCE)
  .setIssuedAt()
  .setExpirationTime('2h')
  .sign(privateKey);
const verify = createTokenVerifier({ jwksUrl });
const cached = cacheVerifiedTokens(verify);
const calls = 5000;
const verifyFigures: Record<string, number[]> = { 'jose verify (every request)': [], 'cache hit': [] };
await verify(token).catch(() => undefined); // fetches the JWKS once
await cached(token).catch(() => undefined);
let verifyError: string | null = null;
for (let r = 0; r < ROUNDS; r++) {
  verifyFigures['jose verify (every request)']?.push(
    await cpuPer(calls, async () => {
      for (let i = 0; i < calls; i++) await verify(token).catch((e: Error) => (verifyError = e.message));
    }),
  );
  verifyFigures['cache hit']?.push(
    await cpuPer(calls, async () => {
      for (let i = 0; i < calls; i++) await cached(token).catch((e: Error) => (verifyError = e.message));
    }),
  );
}
jwks.close();

// 3. Compression ------------------------------------------------------------------------------------
/** An answer like `people(first: N) { name organization { name parent { name } } }`: varied names, repeated units. */
const sample = (bytes: number) => {
  let seed = 2024;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = (chars: string, n: number) => Array.from({ length: n }, () => chars[Math.floor(random() * chars.length)]).join('');
  const units = Array.from({ length: 60 }, () => `区${pick('财政审计教育卫生民政司法环境交通水务农业文化体育商务科技', 2)}局`);
  const edges = [];
  while (Buffer.byteLength(JSON.stringify({ data: { people: { edges } } })) < bytes) {
    edges.push({ node: { name: pick('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗', 1) + pick('伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英', 2), organization: { name: units[Math.floor(random() * units.length)], parent: { name: '松江区人民政府' } } } });
  }
  return Buffer.from(JSON.stringify({ data: { people: { edges } } }));
};
const compressionFigures = [1_000, 6_000, 15_000, 25_000].map((size) => {
  const body = sample(size);
  const time = (compress: () => Buffer) => {
    const n = 300;
    let out = compress();
    const micros = cpuPerSync(n, () => {
      for (let i = 0; i < n; i++) out = compress();
    });
    return { micros, bytes: out.length };
  };
  return {
    jsonBytes: body.length,
    gzip1: time(() => gzipSync(body, { level: 1 })),
    gzip6: time(() => gzipSync(body, { level: 6 })),
    brotliDefault: time(() => brotliCompressSync(body)),
  };
});
function cpuPerSync(units: number, work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / units;
}

// 4. Operation checks ----------------------------------------------------------------------------
// What operationChecksPlugin does once an operation is parsed and validated, on the schema the
// gateway serves (the supergraph's types), for each of the benchmark's operations.
const supergraphPath = resolve(REPO_ROOT, 'shared-schema/supergraph.graphql');
// The hub's own graphql (the one shared-schema's checks were loaded with), not the bench's copy.
const { buildSchema, Kind, parse } = createRequire(resolve(REPO_ROOT, 'shared-schema/package.json'))('graphql') as typeof import('graphql');
const apiSchema = buildSchema(readFileSync(supergraphPath, 'utf8'), { assumeValid: true, assumeValidSDL: true });
const checkFigures = gatewayOperations(supergraphPath).map((operation) => {
  const document = parse(operation.query);
  const definition = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!definition) throw new Error(`${operation.name} has no operation`);
  const variables = operation.variables ?? {};
  const n = 20_000;
  const micros: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    micros.push(
      cpuPerSync(n, () => {
        for (let i = 0; i < n; i++) {
          const fragments = fragmentsOf(document);
          if (inputProblem(apiSchema, definition, fragments, variables)) throw new Error(`${operation.name} refused by the hygiene check`);
          if (refusalFor(measureOperation(apiSchema, definition, fragments, variables), DEFAULT_QUERY_LIMITS)) throw new Error(`${operation.name} over the limits`);
        }
      }),
    );
  }
  return { operation: operation.name, cpuMicrosPerOperation: spread(micros) };
});

// 5. Circuit breaker ---------------------------------------------------------------------------
const answered: SubgraphCall = async () => ({ status: 200, body: '{"data":{}}' });
const breakers = circuitBreakers({ failures: 5, halfOpenAfterMs: 5000 }, new Registry(), createLogger('bench'));
const guarded = breakers.wrapSubgraphCall?.(answered) ?? answered;
const breakerRequest = { subgraph: 'stub', url: stubUrl, body: requestBody, headers, operationType: 'query' as const, context: { viewer: null, token: null, requestId: 'bench', clientAddress: '127.0.0.1' } };
const breakerFigures: Record<string, number[]> = { 'bare call': [], 'with circuit breaker': [] };
for (let r = 0; r < ROUNDS; r++) {
  for (const [label, call] of [['bare call', answered], ['with circuit breaker', guarded]] as const) {
    const n = 100_000;
    breakerFigures[label]?.push(
      await cpuPer(n, async () => {
        for (let i = 0; i < n; i++) await call(breakerRequest);
      }),
    );
  }
}

console.log(`\nSubgraph calls: CPU of the gateway-side client per subgraph request (24 KB answer, 10 in flight, stub subgraph on the other core); median (min–max) of ${ROUNDS}\n`);
console.log(textTable(['fetcher', 'CPU µs/request', 'requests/s'], fetcherFigures.map((f) => [f.fetcher, formatSpread(f.cpuMicrosPerRequest), formatSpread(f.requestsPerSecond)])));
console.log(`\nToken verification: CPU per request (Ed25519 JWT, JWKS fetched once)${verifyError ? ` — ERROR ${verifyError}` : ''}\n`);
console.log(textTable(['check', 'CPU µs/request'], Object.entries(verifyFigures).map(([k, v]) => [k, formatSpread(spread(v), 1)])));
console.log('\nCompression of an answer (CPU per answer, bytes after)\n');
console.log(
  textTable(
    ['JSON bytes', 'gzip level 1', 'gzip level 6', 'brotli (default quality 11)'],
    compressionFigures.map((c) => [
      String(c.jsonBytes),
      `${c.gzip1.micros.toFixed(0)} µs → ${c.gzip1.bytes} B`,
      `${c.gzip6.micros.toFixed(0)} µs → ${c.gzip6.bytes} B`,
      `${c.brotliDefault.micros.toFixed(0)} µs → ${c.brotliDefault.bytes} B`,
    ]),
  ),
);
console.log(`\nOperation checks: CPU per operation (hygiene + measure + limits, before anything runs); median (min–max) of ${ROUNDS}\n`);
console.log(textTable(['operation', 'CPU µs/operation'], checkFigures.map((c) => [c.operation, formatSpread(c.cpuMicrosPerOperation, 1)])));
console.log(`\nCircuit breaker: CPU per subgraph call (an answered call, closed circuit)\n`);
console.log(textTable(['call', 'CPU µs/call'], Object.entries(breakerFigures).map(([k, v]) => [k, formatSpread(spread(v), 2)])));
const file = await writeResult('components', {
  settings: { rounds: ROUNDS, pinned: options.pin, fetcher: { answerBytes: 24_000, inFlight: 10, requestsPerRound: 4000 }, tokenCallsPerRound: calls },
  figures: { fetchers: fetcherFigures, tokenVerification: Object.fromEntries(Object.entries(verifyFigures).map(([k, v]) => [k, spread(v)])), compression: compressionFigures, operationChecks: checkFigures, circuitBreaker: Object.fromEntries(Object.entries(breakerFigures).map(([k, v]) => [k, spread(v)])) },
  notes: verifyError ? [`token verification failed: ${verifyError}`] : [],
});
say(`written ${file}`);
